package ru.gramota.signature;

/** The bytes given as a signature are not a CMS signature that can be checked. */
class MalformedSignatureException extends IllegalArgumentException {

    public MalformedSignatureException(String message) {
        super(message);
    }

    public MalformedSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
