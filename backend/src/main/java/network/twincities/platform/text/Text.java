package network.twincities.platform.text;

/** The JSON shape of multilingual text: {@code {"en": "…", "fr": "…", "ar": "…"}}; absent languages are left out. */
public record Text(String en, String fr, String ar) {

    public static Text of(LocalizedText text) {
        return text == null ? null : new Text(text.en(), text.fr(), text.ar());
    }

    public LocalizedText toEntity() {
        return new LocalizedText(en, fr, ar);
    }
}
