package network.twincities.platform.text;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A text in the network's three languages, English, French and Arabic, stored one column per
 * language. Which languages are required depends on the field (names require English).
 */
@Embeddable
public class LocalizedText {

    @Column(name = "en")
    private String en;

    @Column(name = "fr")
    private String fr;

    @Column(name = "ar")
    private String ar;

    protected LocalizedText() {}

    public LocalizedText(String en, String fr, String ar) {
        this.en = en;
        this.fr = fr;
        this.ar = ar;
    }

    public String en() {
        return en;
    }

    public String fr() {
        return fr;
    }

    public String ar() {
        return ar;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other
                && Objects.equals(en, other.en)
                && Objects.equals(fr, other.fr)
                && Objects.equals(ar, other.ar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, fr, ar);
    }

    @Override
    public String toString() {
        return "{en=" + en + ", fr=" + fr + ", ar=" + ar + "}";
    }
}
