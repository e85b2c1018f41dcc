#!/usr/bin/env bash
# A router laid out like Debian's packages (not the lab's one-folder layout), for the onboarding tests of issue 14:
# BIRD 2 with /etc/bird/bird.conf, /run/bird/bird.ctl and its sessions in its own files (several protocols per file, its
# own templates and filters, no PeeringHub include or templates), run as user bird; or FRR with /etc/frr/frr.conf,
# /var/run/frr and neighbors with their own passwords, timers and route-maps. No gate and no SSH user: the test installs
# them with router-side/install.sh. Those paths are bind mounts inside a private mount namespace (held by one process),
# so the host's /etc/bird and /etc/frr stay untouched; the router, sshd and the installer run in it. Peers as in lab.sh.
#
#   debian-lab.sh up N | down | nsexec CMD...      env: LAB_DIR (required), LAB_RTR=bird|frr, LAB_WAIT=60
set -euo pipefail
: "${LAB_DIR:?set LAB_DIR to the lab working folder}"
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lab.sh"
GATE_USER="phd$LAB_ID"
D=$LAB_DIR/debian

in_ns() { nsenter -t "$(cat "$LAB_DIR/holder")" -m -- "$@"; }

debian_down() {
  [ -d "$LAB_DIR" ] || return 0
  if [ -f "$LAB_DIR/holder" ]; then kill_pids "$(cat "$LAB_DIR/holder")"; rm -f "$LAB_DIR/holder"; fi
  if [ -f "$LAB_DIR/gate_user" ]; then pids=$(pgrep -u "$(cat "$LAB_DIR/gate_user")" 2>/dev/null || true); [ -n "$pids" ] && kill_pids $pids
    userdel "$(cat "$LAB_DIR/gate_user")" 2>/dev/null || true; rm -f "$LAB_DIR/gate_user"; fi
  if [ -f "$LAB_DIR/mountpoints" ]; then while read -r m; do rmdir "$m" 2>/dev/null || true; done <"$LAB_DIR/mountpoints"; rm -f "$LAB_DIR/mountpoints"; fi
  do_down
  rm -rf "$D" "$LAB_DIR/gate"
}

mount_at() { # host path, private source folder: created on the host only if missing (recorded, removed on down)
  [ -d "$1" ] || { mkdir -p "$1"; echo "$1" >>"$LAB_DIR/mountpoints"; }
  in_ns mount --bind "$2" "$1"
}

bird_files() { # the router's own configuration, in Debian's bird.conf with its sessions in two files of its own
  local e=$D/etc-bird i h pw f
  cp /etc/bird/envvars "$e/envvars"
  cat >"$e/bird.conf" <<CONF
# Debian's bird2 layout; the operator's own configuration
log syslog all;
router id 192.0.2.1;
protocol device { }
filter ixp_in4 { if net.len > 24 then reject; accept; }
filter ixp_in6 { if net.len > 48 then reject; accept; }
template bgp ixp4 {
	local 192.0.2.1 as $RTR_AS;
	connect delay time 1; connect retry time 5; error wait time 1, 10;
	ipv4 { import keep filtered on; import filter ixp_in4; export none; };
}
template bgp ixp6 {
	local 2001:db8:ffff::1 as $RTR_AS;
	connect delay time 1; connect retry time 5; error wait time 1, 10;
	ipv6 { import keep filtered on; import filter ixp_in6; export none; };
}
include "/etc/bird/ixp-peers-a.conf";
include "/etc/bird/ixp-peers-b.conf";
CONF
  : >"$e/ixp-peers-a.conf"; : >"$e/ixp-peers-b.conf"
  for i in $(seq "$LAB_N"); do
    [ "$i" = $((LAB_N - 1)) ] && continue
    h=$(peer_host "$i"); pw=""; [ "$i" = 1 ] && pw=$MD5_PW
    f=$e/ixp-peers-a.conf; [ "$i" -gt $((LAB_N / 2)) ] && f=$e/ixp-peers-b.conf
    {
      echo "# AS$((65000 + i))"
      echo "protocol bgp peer_$((65000 + i))_v4 from ixp4 {"
      echo "	description \"AS$((65000 + i)) peer $i over IPv4\";"
      echo "	neighbor 192.0.2.$h as $((65000 + i));"
      [ -n "$pw" ] && echo "	password \"$pw\";"
      echo "}"
      echo "protocol bgp peer_$((65000 + i))_v6 from ixp6 {"
      echo "	description \"AS$((65000 + i)) peer $i over IPv6\";"
      echo "	neighbor 2001:db8:ffff::$h as $((65000 + i));"
      [ -n "$pw" ] && echo "	password \"$pw\";"
      [ "$i" = 2 ] && echo "	disabled;"
      echo "}"
    } >>"$f"
  done
  chown -R bird:bird "$e"; chmod 750 "$e"; chmod 640 "$e"/*.conf; chmod 644 "$e/envvars"
}

frr_files() { # Debian's /etc/frr with the operator's neighbors: passwords, timers, their own route-maps and a peer-group
  local e=$D/etc-frr i h ip af
  cp /etc/frr/daemons "$e/daemons"; printf 'service integrated-vtysh-config\n' >"$e/vtysh.conf"
  {
    echo "frr defaults traditional"
    echo "hostname rtr"
    echo "log syslog informational"
    echo "service integrated-vtysh-config"
    echo "ip prefix-list LE24 seq 5 permit 0.0.0.0/0 le 24"
    echo "ipv6 prefix-list LE48 seq 5 permit ::/0 le 48"
    echo "route-map IXP-IN4 permit 10"; echo " match ip address prefix-list LE24"
    echo "route-map IXP-IN6 permit 10"; echo " match ipv6 address prefix-list LE48"
    echo "route-map IXP-OUT deny 10"
    echo "router bgp $RTR_AS"
    echo " bgp router-id 192.0.2.1"
    echo " no bgp default ipv4-unicast"
    echo " neighbor IXP6 peer-group"
    echo " neighbor IXP6 timers connect 5"
    for i in $(seq "$LAB_N"); do
      [ "$i" = $((LAB_N - 1)) ] && continue
      h=$(peer_host "$i")
      echo " neighbor 192.0.2.$h remote-as $((65000 + i))"
      echo " neighbor 192.0.2.$h description AS$((65000 + i)) peer $i v4"
      echo " neighbor 192.0.2.$h timers 30 90"
      echo " neighbor 192.0.2.$h timers connect 5"
      [ "$i" = 1 ] && echo " neighbor 192.0.2.$h password $MD5_PW"
      echo " neighbor 2001:db8:ffff::$h remote-as $((65000 + i))"
      echo " neighbor 2001:db8:ffff::$h peer-group IXP6"
      echo " neighbor 2001:db8:ffff::$h description AS$((65000 + i)) peer $i v6"
      [ "$i" = 1 ] && echo " neighbor 2001:db8:ffff::$h password $MD5_PW"
      [ "$i" = 2 ] && echo " neighbor 2001:db8:ffff::$h shutdown"
    done
    for af in 4 6; do
      if [ $af = 4 ]; then echo " address-family ipv4 unicast"; else echo " address-family ipv6 unicast"; echo "  neighbor IXP6 activate"; echo "  neighbor IXP6 route-map IXP-IN6 in"; echo "  neighbor IXP6 route-map IXP-OUT out"; fi
      for i in $(seq "$LAB_N"); do
        [ "$i" = $((LAB_N - 1)) ] && continue
        [ $af = 4 ] || continue
        h=$(peer_host "$i"); ip=192.0.2.$h
        echo "  neighbor $ip activate"
        echo "  neighbor $ip route-map IXP-IN4 in"
        echo "  neighbor $ip route-map IXP-OUT out"
      done
      echo " exit-address-family"
    done
  } >"$e/frr.conf"
  chown -R frr:frr "$e"; chmod 750 "$e"; chmod 640 "$e"/*
}

start_debian_router() {
  if [ "$LAB_RTR" = bird ]; then
    mkdir -p "$D/etc-bird" "$D/run-bird"; bird_files; chown bird:bird "$D/run-bird"; chmod 775 "$D/run-bird"
    mount_at /etc/bird "$D/etc-bird"; mount_at /run/bird "$D/run-bird"; mkdir -p "$D/log-bird"; mount_at /var/log/bird "$D/log-bird"
    in_ns ip netns exec "$P-rtr" /usr/sbin/bird -u bird -g bird -c /etc/bird/bird.conf -P /run/bird/bird.pid
    for _ in $(seq 50); do [ -s "$D/run-bird/bird.pid" ] && break; sleep 0.05; done
    record_pid "$(cat "$D/run-bird/bird.pid")"
  else
    mkdir -p "$D/etc-frr" "$D/run-frr" "$D/log-frr"; frr_files; chown frr:frr "$D/run-frr" "$D/log-frr"; chmod 755 "$D/run-frr"; chmod 750 "$D/log-frr"
    mount_at /etc/frr "$D/etc-frr"; mount_at /var/run/frr "$D/run-frr"; mount_at /var/log/frr "$D/log-frr"
    in_ns ip netns exec "$P-rtr" /usr/lib/frr/zebra -d -u frr -g frr -A 127.0.0.1 -s 90000000 -i /var/run/frr/zebra.pid
    in_ns ip netns exec "$P-rtr" /usr/lib/frr/bgpd -d -u frr -g frr -A 127.0.0.1 -i /var/run/frr/bgpd.pid
    for _ in $(seq 50); do [ -S "$D/run-frr/bgpd.vty" ] && [ -S "$D/run-frr/zebra.vty" ] && break; sleep 0.1; done
    record_pid "$(cat "$D/run-frr/zebra.pid")"; record_pid "$(cat "$D/run-frr/bgpd.pid")"
    in_ns vtysh -b >"$LAB_DIR/logs/vtysh-boot.log" 2>&1 || die "vtysh -b failed: $(cat "$LAB_DIR/logs/vtysh-boot.log")"
  fi
}

debian_counts() {
  if [ "$LAB_RTR" = bird ]; then in_ns /usr/sbin/birdc show protocols 2>/dev/null | awk '$2=="BGP"{c++; if (/ Established/) e++} END{print e+0, c+0}'
  else in_ns vtysh -c 'show bgp neighbors json' 2>/dev/null | grep -o '"bgpState":"[A-Za-z]*"' | awk '{c++} /Established/{e++} END{print e+0, c+0}'; fi
}

debian_up() {
  local n=$1 i name s port e c
  [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 4 ] && [ "$n" -le 120 ] || die "N must be 4..120"
  LAB_N=$n
  debian_down
  mkdir -p "$LAB_DIR/logs" "$LAB_DIR/home" "$D"; chmod 755 "$LAB_DIR" "$LAB_DIR/home"
  : >"$LAB_DIR/pids"; : >"$LAB_DIR/namespaces"
  ns_add "$P-ixp"
  ip -n "$P-ixp" link add br0 type bridge stp_state 0 forward_delay 0 mcast_snooping 0
  ip -n "$P-ixp" link set br0 up
  ns_add "$P-rtr"; plug "$P-rtr" v-rtr 1
  for i in $(seq "$n"); do name=$(pname "$i"); ns_add "$P-$name"; plug "$P-$name" "v-$name" "$(peer_host "$i")"; done
  # the namespaces exist before the mount namespace is made, so ip netns exec finds them in it
  setsid unshare --mount --propagation private sleep infinity </dev/null >/dev/null 2>&1 &
  echo $! >"$LAB_DIR/holder"
  for _ in $(seq 50); do [ "$(readlink /proc/$!/ns/mnt)" != "$(readlink /proc/self/ns/mnt)" ] && break; sleep 0.02; done
  start_debian_router
  for i in $(seq "$n"); do start_peer "$i" "$n"; done
  # sshd for the installer's user, inside the mount namespace so the gate sees /etc/bird, /run/bird, …
  s=$LAB_DIR/ssh; port=$(free_port); mkdir -p "$s" /run/sshd
  ssh-keygen -q -t ed25519 -N '' -C "phd-host" -f "$s/ssh_host_ed25519_key"
  ssh-keygen -q -t ed25519 -N '' -C "peeringhub" -f "$s/client_ed25519"
  cat >"$s/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $s/ssh_host_ed25519_key
PidFile $s/sshd.pid
AllowUsers $GATE_USER
PermitRootLogin no
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitTTY no
MaxStartups 100:30:200
MaxSessions 64
CONF
  echo "$GATE_USER" >"$LAB_DIR/gate_user"
  in_ns /usr/sbin/sshd -f "$s/sshd_config" -E "$LAB_DIR/logs/sshd.log"
  for _ in $(seq 50); do [ -s "$s/sshd.pid" ] && break; sleep 0.05; done
  record_pid "$(cat "$s/sshd.pid")"
  {
    echo "LAB_ID=$LAB_ID"; echo "LAB_RTR=$LAB_RTR"; echo "LAB_N=$n"; echo "LAYOUT=debian"; echo "RTR_NS=$P-rtr"; echo "RTR_AS=$RTR_AS"
    echo "MD5_PW=$MD5_PW"; echo "GATE_USER=$GATE_USER"; echo "GATE_HOME=$LAB_DIR/home/$GATE_USER"; echo "GATE_PREFIX=$LAB_DIR/gate"
    echo "HOLDER=$(cat "$LAB_DIR/holder")"; echo "SSH_PORT=$port"; echo "SSH_KEY=$s/client_ed25519"; echo "SSH_PUB=$s/client_ed25519.pub"
    echo "SSH_HOST_PUB=$s/ssh_host_ed25519_key.pub"
  } >"$LAB_DIR/lab.env"
  local expected=$((2 * n - 5))
  for _ in $(seq $((LAB_WAIT * 5))); do read -r e c < <(debian_counts); [ "$e" -ge "$expected" ] && break; sleep 0.2; done
  log "debian layout: established $e/$expected sessions ($c configured)"
  [ "$e" -ge "$expected" ] || exit 1
}

case "${1:-}" in
  up) shift; debian_up "${1:-4}" ;;
  down) debian_down; log "down" ;;
  nsexec) shift; in_ns "$@" ;;
  *) echo "usage: $0 up N | down | nsexec CMD..." >&2; exit 2 ;;
esac
