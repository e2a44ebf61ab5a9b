package io.herald.extension.message;

/** A message that cannot be read. */
public final class MessageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MessageException(String message) {
        super(message);
    }
}
