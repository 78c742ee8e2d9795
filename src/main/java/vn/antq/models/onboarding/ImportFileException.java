package vn.antq.models.onboarding;

/** The file as a whole cannot be imported (not a workbook, a sheet without its columns, too many rows): a 400. */
public class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ImportFileException(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
