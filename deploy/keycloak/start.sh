#!/bin/bash
# Starts Keycloak (the arguments are kc.sh's) after two steps Compose cannot do itself:
# - secrets from files: for NAME_FILE in the environment, NAME gets the file's content
#   (KC_DB_PASSWORD, KC_BOOTSTRAP_ADMIN_PASSWORD, TWINCITIES_OIDC_CLIENT_SECRET and
#   TWINCITIES_KEYCLOAK_ADMIN_CLIENT_SECRET, which the realm
#   import puts into the UI's and the backend's clients);
# - the realm: keycloak/twincities-realm-production.json, or with TWINCITIES_DEMO=true the demo realm
#   (demo users, the password-grant client, fixed secrets). Keycloak imports it when the realm is not
#   in its database yet.
# Outside demo mode it refuses a missing or demo admin password or UI client secret.
set -euo pipefail
# (only these: other KC_..._FILE options, such as KC_HTTPS_CERTIFICATE_FILE, are paths Keycloak reads)
for target in KC_DB_PASSWORD KC_BOOTSTRAP_ADMIN_PASSWORD TWINCITIES_OIDC_CLIENT_SECRET TWINCITIES_KEYCLOAK_ADMIN_CLIENT_SECRET; do
    name=${target}_FILE
    if [[ -n ${!name:-} ]]; then
        file=${!name}
        [[ -r $file ]] || { echo "start.sh: $name names $file, which cannot be read" >&2; exit 1; }
        export "$target=$(<"$file")"
        unset "$name"
    fi
done

realms=/opt/twincities/realms
if [[ ${TWINCITIES_DEMO:-false} == true ]]; then
    realm=$realms/twincities-realm.json
    echo "start.sh: TWINCITIES_DEMO=true: the DEMO realm (demo users and secrets); never in production" >&2
else
    realm=$realms/twincities-realm-production.json
    for name in KC_BOOTSTRAP_ADMIN_PASSWORD TWINCITIES_OIDC_CLIENT_SECRET TWINCITIES_KEYCLOAK_ADMIN_CLIENT_SECRET KC_DB_PASSWORD; do
        case ${!name:-} in
            "" | admin | keycloak | postgres | twincities | demo | demo-ui-secret | demo-sync-secret | demo-backend-secret)
                echo "start.sh: Keycloak refuses to start outside demo mode: $name is missing or a published" \
                    "demo secret. Give it a value of its own, or set TWINCITIES_DEMO=true for the demo." >&2
                exit 1
                ;;
        esac
    done
fi
mkdir -p /opt/keycloak/data/import
cp "$realm" /opt/keycloak/data/import/twincities-realm.json
exec /opt/keycloak/bin/kc.sh "$@"
