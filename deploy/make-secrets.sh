#!/bin/sh
# Makes the secret files docker-compose.yml reads, each a random value. Existing files are kept (a
# changed database password would no longer match the volume's roles). The directory is yours alone
# (0700), so no other user of the host reaches the files; the files themselves are 0644, because
# Compose mounts them as they are and the containers read them as users of their own (postgres,
# keycloak, payara), not as you.
#   deploy/make-secrets.sh [directory]     (default: ./secrets, or TWINCITIES_SECRETS_DIR)
set -eu
dir=${1:-${TWINCITIES_SECRETS_DIR:-./secrets}}
umask 077
mkdir -p "$dir"
chmod 700 "$dir"
for name in postgres_password db_owner_password db_app_password keycloak_db_password keycloak_admin_password \
    ui_client_secret keycloak_backend_secret; do
    if [ ! -s "$dir/$name" ]; then
        # 32 random bytes as 64 hex digits: no character that needs quoting anywhere
        od -An -N32 -tx1 /dev/urandom | tr -d ' \n' >"$dir/$name"
        chmod 644 "$dir/$name"
        echo "made $dir/$name"
    fi
done
