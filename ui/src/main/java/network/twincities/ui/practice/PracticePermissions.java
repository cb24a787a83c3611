package network.twincities.ui.practice;

import java.util.List;
import network.twincities.ui.platform.security.UserProfile;

/**
 * What the user may do with a best practice, as the backend's policy decides it; the UI only hides
 * what the backend would refuse. Officials share and edit their own territory's practices and adopt
 * others' for their territory (once; never their own); forum administrators edit and delete any.
 */
public record PracticePermissions(UserProfile user) {

    public static final String OFFICIAL = "official";

    private boolean admin() {
        return user.isForumAdmin();
    }

    private boolean official() {
        return user.roles().contains(OFFICIAL) && user.territory() != null;
    }

    /** The territory a new practice of the user belongs to; null for administrators, who choose. */
    public String ownTerritory() {
        return official() && !admin() ? user.territory() : null;
    }

    public boolean mayCreate() {
        return admin() || official();
    }

    public boolean mayEdit(BestPractice practice) {
        return admin() || official() && user.territory().equals(practice.territory());
    }

    public boolean mayDelete(BestPractice practice) {
        return mayEdit(practice);
    }

    /** An official whose territory neither owns the practice nor has adopted it yet. */
    public boolean mayAdopt(BestPractice practice, List<BestPractice.Adoption> adoptions) {
        return official()
                && !user.territory().equals(practice.territory())
                && adoptions.stream().noneMatch(adoption -> user.territory().equals(adoption.territory()));
    }
}
