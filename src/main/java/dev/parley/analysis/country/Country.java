package dev.parley.analysis.country;

/** The countries Parley tracks stance toward; {@link #code()} is the API's name for each. */
public enum Country {
    RUSSIA("russia"),
    JAPAN("japan"),
    CHINA("china"),
    US("us");

    private final String code;

    Country(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Country fromCode(String code) {
        for (Country c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown country code: " + code);
    }
}
