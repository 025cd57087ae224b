/**
 * Electronic signatures (63-ФЗ): detached CMS signatures [.sig, .p7s] with ГОСТ Р 34.10-2012, RSA or
 * ECDSA keys, checked with Bouncy Castle. The Bouncy Castle provider is one instance, {@link
 * ru.gramota.signature.BouncyCastle#PROVIDER}, passed to each call rather than installed in the JVM,
 * so redeploying the application never leaves a stale provider behind.
 */
package ru.gramota.signature;
