package network.twincities.memorandum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an MoU's signed document (a PDF), apart from the MoU so that reading an MoU does not load them. */
@Entity
@Table(name = "memorandum_document")
public class MemorandumDocument {

    /** At most 20 MiB. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    @Id
    @Column(name = "memorandum_id")
    private Long memorandumId;

    @Column(nullable = false)
    private byte[] content;

    protected MemorandumDocument() {}

    public MemorandumDocument(Memorandum memorandum, byte[] content) {
        this.memorandumId = memorandum.id();
        replace(content);
    }

    /** A PDF starts with {@code %PDF-}; anything else is refused. */
    public static boolean isPdf(byte[] content) {
        byte[] magic = {'%', 'P', 'D', 'F', '-'};
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    public void replace(byte[] content) {
        if (content.length == 0 || content.length > MAX_BYTES || !isPdf(content)) {
            throw new IllegalArgumentException("not a PDF of at most 20 MiB");
        }
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
