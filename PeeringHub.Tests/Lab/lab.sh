#!/usr/bin/env bash
# PeeringHub router lab: a managed router (BIRD 2 or FRR) and N BGP peers in network namespaces joined by a
# bridge (the "IXP LAN"), plus an sshd on 127.0.0.1 whose forced command (gate) only allows the router CLI and
# our config-file operations. Facts behind the choices: /work/shared/notes/router-lab.md.
#
#   lab.sh up [N]     tear down, then build with N peers (4..240); rc 1 if sessions are not Established in LAB_WAIT s
#   lab.sh down       remove only what this lab recorded (PIDs, namespaces, user, files under LAB_DIR)
#   lab.sh status     rc 3 when down; session table and established/expected counts
#
# env: LAB_DIR (required; everything lives there), LAB_RTR=bird|frr, LAB_SSH=1|0, LAB_SSH_PORT (default: free port),
#      LAB_FRR_PEERS="2" (peer indexes running FRR), LAB_WAIT=60, LAB_INSTALL=1
# Peer 1 uses TCP-MD5, peer 2 runs FRR and its v6 session is admin-disabled on the router, peer N-1 is a spare
# the router has no sessions with yet (tests add them), peer N has no daemon.
set -euo pipefail

: "${LAB_DIR:?set LAB_DIR to the lab working folder}"
LAB_RTR=${LAB_RTR:-bird}; LAB_SSH=${LAB_SSH:-1}; LAB_FRR_PEERS=${LAB_FRR_PEERS:-2}; LAB_WAIT=${LAB_WAIT:-60}
LAB_INSTALL=${LAB_INSTALL:-1}
# A short id from LAB_DIR keeps names unique per lab, so two labs (or the sFlow "sf-" lab) never clash.
LAB_ID=$(printf '%s' "$LAB_DIR" | md5sum | cut -c1-5)
P="phl-$LAB_ID"                       # namespace prefix
LAB_USER="phl$LAB_ID"                 # ssh user of this lab
MD5_PW="lab-md5-secret"
LAB_SSH_PW="lab-ssh-password"         # password of the lab user (password-auth tests)
LAB_KEY_PW="lab-key-passphrase"       # passphrase of the RSA and ECDSA client keys
RTR_AS=64500
BIN_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

log() { printf '[lab %s] %s\n' "$(date +%H:%M:%S.%3N)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

install_missing() {
  local need=()
  command -v bird >/dev/null || need+=(bird2)
  [ -x /usr/lib/frr/bgpd ] || need+=(frr)
  [ -x /usr/sbin/sshd ] || need+=(openssh-server)
  [ ${#need[@]} -eq 0 ] && return 0
  [ "$LAB_INSTALL" = 1 ] || die "missing packages: ${need[*]}"
  local made_policy=0
  # Keep packaged daemons from starting; only create policy-rc.d if none exists, and remove only ours.
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; made_policy=1; fi
  log "installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" >"$LAB_DIR/logs/apt.log" 2>&1 \
    || { apt-get update >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" >>"$LAB_DIR/logs/apt.log" 2>&1; }
  [ $made_policy = 1 ] && rm -f /usr/sbin/policy-rc.d
  return 0
}

is_alive() { # a zombie counts as dead: PID 1 here reaps late and kill -0 succeeds on zombies
  local st; [ -r "/proc/$1/stat" ] || return 1
  st=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1); [ -n "$st" ] && [ "$st" != Z ]
}
record_pid() { echo "$1" >>"$LAB_DIR/pids"; }

kill_pids() {
  local pids=("$@") p left
  [ ${#pids[@]} -eq 0 ] && return 0
  kill -TERM "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 30); do
    left=0; for p in "${pids[@]}"; do is_alive "$p" && left=1; done
    [ $left = 0 ] && return 0; sleep 0.1
  done
  kill -KILL "${pids[@]}" 2>/dev/null || true
}

ns_add() { # refuse names we did not create
  local ns=$1
  if ip netns list | awk '{print $1}' | grep -qx "$ns"; then
    grep -qx "$ns" "$LAB_DIR/namespaces" 2>/dev/null || die "namespace $ns exists but was not created by this lab; not touching it"
  else
    ip netns add "$ns"; echo "$ns" >>"$LAB_DIR/namespaces"
  fi
  ip -n "$ns" link set lo up
  # DAD would leave addresses tentative for ~2 s and make binds fail
  ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
}

plug() { # plug namespace $1 into the LAN as port $2 with host part $3
  local ns=$1 port=$2 h=$3
  ip -n "$ns" link add ixp0 type veth peer name "$port" netns "$P-ixp"
  ip -n "$P-ixp" link set "$port" master br0 up
  ip -n "$ns" addr add "192.0.2.$h/24" dev ixp0
  ip -n "$ns" addr add "2001:db8:ffff::$h/64" dev ixp0 nodad
  ip -n "$ns" link set ixp0 up
}

peer_host() { echo $((10 + $1)); }
pname() { printf 'p%03d' "$1"; }
is_frr_peer() { local i; for i in $LAB_FRR_PEERS; do [ "$i" = "$1" ] && return 0; done; return 1; }

. "$BIN_DIR/lab-configs.sh"

do_down() {
  [ -d "$LAB_DIR" ] || return 0
  local pids=() p ns
  if [ -f "$LAB_DIR/pids" ]; then while read -r p; do is_alive "$p" && pids+=("$p"); done <"$LAB_DIR/pids"; fi
  if [ -f "$LAB_DIR/namespaces" ]; then
    while read -r ns; do for p in $(ip netns pids "$ns" 2>/dev/null); do pids+=("$p"); done; done <"$LAB_DIR/namespaces"
  fi
  # sshd session children of this lab's user (forked per connection)
  if [ -f "$LAB_DIR/user" ]; then for p in $(pgrep -u "$(cat "$LAB_DIR/user")" 2>/dev/null); do pids+=("$p"); done; fi
  kill_pids "${pids[@]}"
  if [ -f "$LAB_DIR/namespaces" ]; then
    while read -r ns; do ip netns del "$ns" 2>/dev/null || true; done <"$LAB_DIR/namespaces"
  fi
  if [ -f "$LAB_DIR/user" ]; then userdel "$(cat "$LAB_DIR/user")" 2>/dev/null || true; fi
  rm -rf "${LAB_DIR:?}/rtr" "$LAB_DIR/peers" "$LAB_DIR/ssh" "$LAB_DIR/home" "$LAB_DIR/bin" \
    "$LAB_DIR/pids" "$LAB_DIR/namespaces" "$LAB_DIR/user" "$LAB_DIR/lab.env"
}

start_router() {
  local d=$LAB_DIR/rtr
  mkdir -p "$d/peers.d"
  if [ "$LAB_RTR" = bird ]; then
    write_bird_router_conf "$d"
    ip netns exec "$P-rtr" /usr/sbin/bird -c "$d/bird.conf" -s "$d/bird.ctl" -P "$d/bird.pid"
    record_pid "$(cat "$d/bird.pid")"
    chgrp "$LAB_USER" "$d/bird.ctl"; chmod 660 "$d/bird.ctl"
    chown -R "$LAB_USER:$LAB_USER" "$d/peers.d"; chmod 755 "$d"
  else
    write_frr_router_conf "$d"
    mkdir -p "$d/vty"; chown -R frr:"$LAB_USER" "$d"; chmod 2775 "$d" "$d/vty"
    ip netns exec "$P-rtr" /usr/lib/frr/zebra -d -u frr -g frr -f "$d/empty.conf" -i "$d/zebra.pid" \
      --vty_socket "$d/vty" -z "$d/zserv.api" --log "file:$d/zebra.log"
    ip netns exec "$P-rtr" /usr/lib/frr/bgpd -d -u frr -g frr -f "$d/empty.conf" -i "$d/bgpd.pid" \
      --vty_socket "$d/vty" -z "$d/zserv.api" --log "file:$d/bgpd.log"
    for _ in $(seq 50); do [ -S "$d/vty/bgpd.vty" ] && [ -S "$d/vty/zebra.vty" ] && break; sleep 0.1; done
    record_pid "$(cat "$d/zebra.pid")"; record_pid "$(cat "$d/bgpd.pid")"
    chgrp "$LAB_USER" "$d"/vty/*.vty; chmod 660 "$d"/vty/*.vty
    # boot the integrated config the way frrinit does, through vtysh
    vtysh --vty_socket "$d/vty" --config_dir "$d" -b >"$LAB_DIR/logs/vtysh-boot.log" 2>&1 || die "vtysh -b failed: $(cat "$LAB_DIR/logs/vtysh-boot.log")"
  fi
}

start_peer() {
  local i=$1 n=$2 name d h
  name=$(pname "$i"); d=$LAB_DIR/peers/$name; h=$(peer_host "$i"); mkdir -p "$d"
  [ "$i" = "$n" ] && return 0   # the last peer has no daemon: the router sees Active/Connect
  if is_frr_peer "$i"; then
    write_frr_peer_conf "$d" "$i"
    ip netns exec "$P-$name" /usr/lib/frr/bgpd -d -Z -S -P 0 -f "$d/bgpd.conf" -i "$d/bgpd.pid" \
      --vty_socket "$d" --log "file:$d/bgpd.log"
    for _ in $(seq 50); do [ -s "$d/bgpd.pid" ] && break; sleep 0.05; done
    record_pid "$(cat "$d/bgpd.pid")"
  else
    write_bird_peer_conf "$d" "$i"
    ip netns exec "$P-$name" /usr/sbin/bird -c "$d/bird.conf" -s "$d/bird.ctl" -P "$d/bird.pid"
    record_pid "$(cat "$d/bird.pid")"
  fi
}

free_port() {
  local p
  for _ in $(seq 100); do
    p=$((20000 + RANDOM % 20000))
    ss -Hltn "sport = :$p" | grep -q . || { echo "$p"; return 0; }
  done
  die "no free port"
}

start_sshd() {
  local s=$LAB_DIR/ssh home=$LAB_DIR/home/$LAB_USER port try
  mkdir -p "$s" /run/sshd; chmod 755 "$LAB_DIR" "$LAB_DIR/home"
  ssh-keygen -q -t ed25519 -N '' -C "phl-host" -f "$s/ssh_host_ed25519_key"
  ssh-keygen -q -t ed25519 -N '' -C "phl-client" -f "$s/client_ed25519"
  ssh-keygen -q -t ed25519 -N '' -C "phl-other" -f "$s/other_ed25519"
  # more client identities for the SSH.NET auth tests: RSA in PEM format and ECDSA in OpenSSH format, both with a passphrase
  ssh-keygen -q -t rsa -b 3072 -m PEM -N "$LAB_KEY_PW" -C "phl-rsa" -f "$s/client_rsa"
  ssh-keygen -q -t ecdsa -b 256 -N "$LAB_KEY_PW" -C "phl-ecdsa" -f "$s/client_ecdsa"
  install -d -m 700 -o "$LAB_USER" -g "$LAB_USER" "$home/.ssh"
  for k in client_ed25519 client_rsa client_ecdsa; do
    printf 'restrict,command="%s/bin/gate" %s\n' "$LAB_DIR" "$(cat "$s/$k.pub")"
  done >"$home/.ssh/authorized_keys"
  # password login (many routers only offer it): the same gate as a forced command for the lab user
  echo "$LAB_USER:$LAB_SSH_PW" | chpasswd
  chown "$LAB_USER:$LAB_USER" "$home/.ssh/authorized_keys"; chmod 600 "$home/.ssh/authorized_keys"
  # A free port can be taken between the check and sshd's bind (tests start labs and apps in parallel): sshd then exits
  # and the first connection is refused. Check that this sshd listens, else take another port.
  for try in 1 2 3 4 5; do
  port=${LAB_SSH_PORT:-$(free_port)}
  cat >"$s/sshd_config" <<EOF
Port $port
ListenAddress 127.0.0.1
HostKey $s/ssh_host_ed25519_key
PidFile $s/sshd.pid
AllowUsers $LAB_USER
PermitRootLogin no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitTTY no
StrictModes yes
MaxStartups 100:30:200
MaxSessions 64
LogLevel VERBOSE
Match User $LAB_USER
  PasswordAuthentication yes
  ForceCommand $LAB_DIR/bin/gate
EOF
  /usr/sbin/sshd -t -f "$s/sshd_config" || die "sshd config invalid"
  rm -f "$s/sshd.pid"
  /usr/sbin/sshd -f "$s/sshd_config" -E "$LAB_DIR/logs/sshd.log"
  for _ in $(seq 50); do [ -s "$s/sshd.pid" ] && break; sleep 0.05; done
  if [ -s "$s/sshd.pid" ] && ss -Hltnp "sport = :$port" | grep -q "pid=$(cat "$s/sshd.pid"),"; then break; fi
  [ -s "$s/sshd.pid" ] && kill "$(cat "$s/sshd.pid")" 2>/dev/null
  [ -z "${LAB_SSH_PORT:-}" ] && [ "$try" -lt 5 ] || die "sshd does not listen on 127.0.0.1:$port (see $LAB_DIR/logs/sshd.log)"
  log "sshd could not listen on $port; trying another port"
  done
  record_pid "$(cat "$s/sshd.pid")"
  echo "$port" >"$s/port"
}

session_counts() { # prints "established configured"
  local d=$LAB_DIR/rtr
  if [ "$LAB_RTR" = bird ]; then
    /usr/sbin/birdc -s "$d/bird.ctl" show protocols 2>/dev/null | awk '$2=="BGP"{c++; if ($7=="Established") e++} END{print e+0, c+0}'
  else
    vtysh --vty_socket "$d/vty" --config_dir "$d" -c 'show bgp neighbors json' 2>/dev/null \
      | grep -o '"bgpState":"[A-Za-z]*"' | awk '{c++} /Established/{e++} END{print e+0, c+0}'
  fi
}

do_up() {
  local n=${1:-4} t0 i name expected
  [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 4 ] && [ "$n" -le 240 ] || die "N must be 4..240"
  LAB_N=$n
  t0=$(date +%s.%N)
  do_down
  mkdir -p "$LAB_DIR/logs" "$LAB_DIR/bin" "$LAB_DIR/home"
  # daemons running as frr and the lab user must traverse LAB_DIR (mktemp -d makes it 0700)
  chmod 755 "$LAB_DIR"
  install_missing
  : >"$LAB_DIR/pids"; : >"$LAB_DIR/namespaces"
  if ! id "$LAB_USER" >/dev/null 2>&1; then
    # '*' = no password but not locked: with UsePAM no, a locked account is refused even with a valid key
    useradd --system --user-group --home-dir "$LAB_DIR/home/$LAB_USER" --shell /bin/bash -p '*' "$LAB_USER"
  fi
  echo "$LAB_USER" >"$LAB_DIR/user"
  ns_add "$P-ixp"
  ip -n "$P-ixp" link add br0 type bridge stp_state 0 forward_delay 0 mcast_snooping 0
  ip -n "$P-ixp" link set br0 up
  ns_add "$P-rtr"; plug "$P-rtr" v-rtr 1
  for i in $(seq "$n"); do name=$(pname "$i"); ns_add "$P-$name"; plug "$P-$name" "v-$name" "$(peer_host "$i")"; done
  start_router
  for i in $(seq "$n"); do start_peer "$i" "$n"; done
  write_gate
  [ "$LAB_SSH" = 1 ] && start_sshd
  write_env "$n"
  [ "$LAB_SSH" = 1 ] && printf 'SSH_PASSWORD=%s\nSSH_RSA_KEY=%s\nSSH_ECDSA_KEY=%s\nSSH_KEY_PASSPHRASE=%s\n' \
    "$LAB_SSH_PW" "$LAB_DIR/ssh/client_rsa" "$LAB_DIR/ssh/client_ecdsa" "$LAB_KEY_PW" >>"$LAB_DIR/lab.env"
  expected=$((2 * n - 5))   # 2(N-1) configured (not the spare); all but the dead peer's two and p002_v6 come up
  local e c
  for _ in $(seq $((LAB_WAIT * 5))); do
    read -r e c < <(session_counts)
    [ "$e" -ge "$expected" ] && break; sleep 0.2
  done
  log "established $e/$expected sessions ($c configured); up took $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s"
  [ "$e" -ge "$expected" ] || exit 1
}

do_status() {
  [ -f "$LAB_DIR/lab.env" ] || { log "lab is down"; exit 3; }
  cat "$LAB_DIR/lab.env"
  . "$LAB_DIR/lab.env"
  if [ "$LAB_RTR" = bird ]; then /usr/sbin/birdc -s "$LAB_DIR/rtr/bird.ctl" show protocols
  else vtysh --vty_socket "$LAB_DIR/rtr/vty" --config_dir "$LAB_DIR/rtr" -c 'show bgp summary'; fi
  read -r e c < <(session_counts); echo "established $e/$((2 * LAB_N - 5)) ($c configured)"
}

# Sourced by debian-lab.sh for its functions; run, it is the command.
[ "${BASH_SOURCE[0]}" = "$0" ] || return 0
case "${1:-}" in
  up) shift; do_up "${1:-4}" ;;
  down) do_down; log "down" ;;
  status) do_status ;;
  *) echo "usage: $0 up [N] | down | status" >&2; exit 2 ;;
esac
