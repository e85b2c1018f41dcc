#!/bin/bash
# Installs PeeringHub's router-side gate on a BIRD 2 or FRR router (run as root) and prints every change it makes.
#   install.sh --router bird|frr --key "ssh-ed25519 AAAA… peeringhub" [--user peeringhub] [--home /var/lib/peeringhub]
#              [--prefix /usr/local/lib/peeringhub] [--bird-socket P] [--bird-conf P] [--bird-include-dir P] [--bird-log P]
#              [--frr-conf P] [--frr-log P] [--vtysh-opts "…"] [--netns-pidfile P]
# Defaults fit Debian's packaged bird2 and frr. It creates the SSH user (no password, key only), its authorized_keys line
# (restrict,command="<prefix>/peeringhub-gate"), the gate and its config file, BIRD's include folder and the group
# memberships and permissions the gate needs. It does not edit the router's configuration: afterwards PeeringHub's "Test
# connection" (or: sudo -u USER <prefix>/peeringhub-gate with SSH_ORIGINAL_COMMAND=check) lists what is still missing.
set -euo pipefail
ROUTER=""; KEY=""; USER_NAME=peeringhub; HOME_DIR=""; PREFIX=/usr/local/lib/peeringhub
BIRD_SOCKET=/run/bird/bird.ctl; BIRD_CONF=/etc/bird/bird.conf; BIRD_INCLUDE_DIR=/etc/bird/peeringhub.d; BIRD_LOG=/var/log/bird/bird.log
FRR_CONF=/etc/frr/frr.conf; FRR_LOG=/var/log/frr/frr.log; VTYSH_OPTS=""; NETNS_PIDFILE=""
die() { echo "install.sh: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  [ $# -ge 2 ] || die "$1 needs a value"
  case "$1" in
    --router) ROUTER=$2 ;; --key) KEY=$2 ;; --user) USER_NAME=$2 ;; --home) HOME_DIR=$2 ;; --prefix) PREFIX=$2 ;;
    --bird-socket) BIRD_SOCKET=$2 ;; --bird-conf) BIRD_CONF=$2 ;; --bird-include-dir) BIRD_INCLUDE_DIR=$2 ;; --bird-log) BIRD_LOG=$2 ;;
    --frr-conf) FRR_CONF=$2 ;; --frr-log) FRR_LOG=$2 ;; --vtysh-opts) VTYSH_OPTS=$2 ;; --netns-pidfile) NETNS_PIDFILE=$2 ;;
    *) die "unknown option $1" ;;
  esac; shift 2
done
[ "$ROUTER" = bird ] || [ "$ROUTER" = frr ] || die "--router bird|frr is required"
[[ "$KEY" =~ ^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp[0-9]+)\ [A-Za-z0-9+/=]+(\ [^\"]*)?$ ]] || die "--key must be one public key line (ssh-ed25519 AAAA… comment)"
[[ "$USER_NAME" =~ ^[a-z_][a-z0-9_-]{0,30}$ ]] || die "bad user name: $USER_NAME"
[ "$(id -u)" = 0 ] || die "run as root"
HOME_DIR=${HOME_DIR:-/var/lib/$USER_NAME}
SRC=$(dirname "$(readlink -f "$0")")
changed() { echo "changed: $*"; }
same() { echo "unchanged: $*"; }

# 1. the user: a system account with a shell for the forced command, no password ('*' is not a locked account, which sshd refuses)
if id "$USER_NAME" >/dev/null 2>&1; then same "user $USER_NAME exists"
else useradd --system --user-group --home-dir "$HOME_DIR" --shell /bin/sh -p '*' "$USER_NAME"; changed "created system user $USER_NAME (home $HOME_DIR, no password: key login only)"; fi
install -d -m 755 -o "$USER_NAME" -g "$USER_NAME" "$HOME_DIR"
add_group() { # group why
  getent group "$1" >/dev/null || { echo "warning: group $1 does not exist ($2)"; return 0; }
  if id -nG "$USER_NAME" | tr ' ' '\n' | grep -qx "$1"; then same "$USER_NAME is in group $1 ($2)"
  else usermod -aG "$1" "$USER_NAME"; changed "added $USER_NAME to group $1 ($2)"; fi
}

# 2. the gate and its config file
install -d -m 755 "$PREFIX"
if cmp -s "$SRC/peeringhub-gate" "$PREFIX/peeringhub-gate"; then same "$PREFIX/peeringhub-gate is this version"
else install -m 755 -o root -g root "$SRC/peeringhub-gate" "$PREFIX/peeringhub-gate"; changed "installed $PREFIX/peeringhub-gate ($(grep -m1 '^GATE_VERSION=' "$SRC/peeringhub-gate"))"; fi
conf=$(mktemp)
{
  echo "# PeeringHub gate configuration (written by install.sh); KEY=value, read by peeringhub-gate next to it"
  echo "ROUTER=$ROUTER"
  if [ "$ROUTER" = bird ]; then echo "BIRD_SOCKET=$BIRD_SOCKET"; echo "BIRD_CONF=$BIRD_CONF"; echo "BIRD_INCLUDE_DIR=$BIRD_INCLUDE_DIR"; echo "BIRD_LOG=$BIRD_LOG"
  else echo "FRR_VTYSH_OPTS=$VTYSH_OPTS"; echo "FRR_CONF=$FRR_CONF"; echo "FRR_LOG=$FRR_LOG"; fi
  echo "NETNS_PIDFILE=$NETNS_PIDFILE"
} >"$conf"
if cmp -s "$conf" "$PREFIX/peeringhub-gate.conf"; then same "$PREFIX/peeringhub-gate.conf"; rm -f "$conf"
else [ -f "$PREFIX/peeringhub-gate.conf" ] && cp -p "$PREFIX/peeringhub-gate.conf" "$PREFIX/peeringhub-gate.conf.bak" && echo "saved the previous config as $PREFIX/peeringhub-gate.conf.bak"
  install -m 644 -o root -g root "$conf" "$PREFIX/peeringhub-gate.conf"; rm -f "$conf"; changed "wrote $PREFIX/peeringhub-gate.conf"; fi

# 3. the key, restricted to the gate
install -d -m 700 -o "$USER_NAME" -g "$USER_NAME" "$HOME_DIR/.ssh"
ak=$HOME_DIR/.ssh/authorized_keys; line="restrict,command=\"$PREFIX/peeringhub-gate\" $KEY"
keybody=$(cut -d' ' -f2 <<<"$KEY")
if [ -f "$ak" ] && grep -qxF "$line" "$ak"; then same "authorized_keys has the key with the forced command"
else
  touch "$ak"; grep -vF "$keybody" "$ak" >"$ak.tmp" || true; echo "$line" >>"$ak.tmp"; mv -f "$ak.tmp" "$ak"
  changed "$ak: $line"
fi
chown "$USER_NAME:$USER_NAME" "$ak"; chmod 600 "$ak"

# 4. what the gate needs on the router
if [ "$ROUTER" = bird ]; then
  bgroup=bird; [ -S "$BIRD_SOCKET" ] && bgroup=$(stat -c %G "$BIRD_SOCKET")
  add_group "$bgroup" "BIRD's control socket $BIRD_SOCKET, reading $BIRD_CONF"
  if [ -d "$BIRD_INCLUDE_DIR" ] && [ "$(stat -c %U:%a "$BIRD_INCLUDE_DIR")" = "$USER_NAME:2775" ]; then same "$BIRD_INCLUDE_DIR"
  else install -d -o "$USER_NAME" -g "$bgroup" -m 2775 "$BIRD_INCLUDE_DIR"; changed "include folder $BIRD_INCLUDE_DIR (owner $USER_NAME, group $bgroup, 2775: BIRD reads it)"; fi
  cdir=$(dirname "$BIRD_CONF")
  for f in "$cdir" "$cdir"/*.conf; do
    [ -e "$f" ] || continue
    if [ -n "$(find "$f" -maxdepth 0 -perm -g+w)" ]; then same "$f is group-writable"
    else chmod g+w "$f"; changed "chmod g+w $f (import moves existing protocols out of these files)"; fi
  done
  ldir=$(dirname "$BIRD_LOG")
  if [ ! -d "$ldir" ]; then install -d -o bird -g "$bgroup" -m 750 "$ldir"; changed "created $ldir (owner bird)"; fi
  if [ ! -e "$BIRD_LOG" ]; then install -m 640 -o bird -g "$bgroup" /dev/null "$BIRD_LOG"; changed "created $BIRD_LOG (owner bird, group $bgroup, 640)"
  else same "$BIRD_LOG exists"; fi
else
  add_group frrvty "vtysh access to FRR's daemons"
  add_group frr "reading /etc/frr/vtysh.conf, write memory to $FRR_CONF, reading $FRR_LOG"
  for f in "$(dirname "$FRR_CONF")" "$FRR_CONF"; do
    [ -e "$f" ] || continue
    if [ -n "$(find "$f" -maxdepth 0 -perm -g+w)" ]; then same "$f is group-writable"
    else chmod g+w "$f"; changed "chmod g+w $f (write memory)"; fi
  done
  ldir=$(dirname "$FRR_LOG")
  [ -d "$ldir" ] || { install -d -o frr -g frr -m 750 "$ldir"; changed "created $ldir"; }
  if [ ! -e "$FRR_LOG" ]; then install -m 640 -o frr -g frr /dev/null "$FRR_LOG"; changed "created $FRR_LOG (owner frr, 640)"; else same "$FRR_LOG exists"; fi
fi
echo "done. Next: add the router in PeeringHub (user $USER_NAME), accept its host key, and run Test connection: it lists what is still missing."
