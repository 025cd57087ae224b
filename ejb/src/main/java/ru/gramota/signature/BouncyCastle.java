package ru.gramota.signature;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The application's one Bouncy Castle provider instance. */
public final class BouncyCastle {

    public static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {}
}
