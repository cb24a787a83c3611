package network.twincities.ui.project;

import network.twincities.ui.platform.security.UserProfile;

/**
 * What the user may do with a project, as the backend's policy decides it; the UI only hides what
 * the backend would refuse. Officials create projects their territory leads, edit and delete those,
 * and post progress on those their territory leads or partners in; forum administrators do all of
 * it on any project.
 */
public record ProjectPermissions(UserProfile user) {

    public static final String OFFICIAL = "official";

    private boolean admin() {
        return user.isForumAdmin();
    }

    private boolean official() {
        return user.roles().contains(OFFICIAL) && user.territory() != null;
    }

    /** The territory a new project of the user is led by; null for administrators, who choose. */
    public String ownTerritory() {
        return official() && !admin() ? user.territory() : null;
    }

    public boolean mayCreate() {
        return admin() || official();
    }

    private boolean leads(Project project) {
        return official() && user.territory().equals(project.leadTerritory());
    }

    public boolean mayEdit(Project project) {
        return admin() || leads(project);
    }

    public boolean mayDelete(Project project) {
        return mayEdit(project);
    }

    /** The lead's officials, a partner territory's officials, administrators. */
    public boolean mayReport(Project project) {
        return admin() || leads(project) || official() && project.partners().contains(user.territory());
    }
}
