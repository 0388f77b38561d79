package kz.kelisim.base;

/** Column sizes every feature's entities share. */
public final class Columns {

    /**
     * The length of a {@code ${text_type}} or {@code ${blob_type}} column: large enough that Hibernate
     * expects LONGTEXT or LONGBLOB on MySQL, as the migrations create, and validates the schema.
     */
    public static final int LARGE = 100_000_000;

    private Columns() {
    }
}
