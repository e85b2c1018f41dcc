# Sourced by lab.sh: config files, the ssh gate and lab.env. Uses lab.sh's variables (LAB_DIR, P, LAB_USER, ...).
# Address plan (documentation ranges, inside the namespaces only): LAN 192.0.2.0/24 + 2001:db8:ffff::/64,
# router .1 / ::1 AS64500, peer i .(10+i) / ::(10+i) AS(65000+i). Peer i announces 198.18.i.0/24, 198.19.i.0/24,
# 198.19.i.0/25, 2001:db8:i::/48, 2001:db8:i:1::/64; the router accepts up to /24 and /48, so per session
# v4 = 3 received / 2 accepted / 1 filtered, v6 = 2 / 1 / 1.
# Peer N-1 is the "spare": it expects sessions with MD5 password SPARE_PW that the router does not have yet;
# tests add them through the driver.
SPARE_PW="spare-md5-secret"

# Session file in exactly the shape BirdRenderer writes, so the driver can manage the lab's own sessions.
bird_session_file() { # name template ip asn description password disabled
  local f=$LAB_DIR/rtr/peers.d/$1.conf
  {
    echo "# managed by PeeringHub"
    echo "protocol bgp $1 from $2 {"
    echo "  description \"$5\";"
    echo "  neighbor $3 as $4;"
    [ -n "$6" ] && echo "  password \"$6\";"
    [ "$7" = 1 ] && echo "  disabled;"
    echo "}"
  } >"$f"
}

write_bird_router_conf() {
  local d=$1 i h pw dis
  cat >"$d/bird.conf" <<EOF
router id 192.0.2.1;
timeformat protocol iso long;
log "$d/bird.log" all;
protocol device {}
filter peer_in4 { if net.len > 24 then reject; accept; }
filter peer_in6 { if net.len > 48 then reject; accept; }
template bgp peer4 {
  local 192.0.2.1 as $RTR_AS;
  connect delay time 1; connect retry time 5; error wait time 1, 10;
  debug { states };
  ipv4 { import keep filtered on; import filter peer_in4; export none; receive limit 1000 action restart; };
}
template bgp peer6 {
  local 2001:db8:ffff::1 as $RTR_AS;
  connect delay time 1; connect retry time 5; error wait time 1, 10;
  debug { states };
  ipv6 { import keep filtered on; import filter peer_in6; export none; receive limit 1000 action restart; };
}
include "$d/peers.d/*.conf";
EOF
  for i in $(seq "$LAB_N"); do
    [ "$i" = $((LAB_N - 1)) ] && continue
    h=$(peer_host "$i"); pw=""; [ "$i" = 1 ] && pw=$MD5_PW
    dis=0; [ "$i" = 2 ] && dis=1
    bird_session_file "$(pname "$i")_v4" peer4 "192.0.2.$h" $((65000 + i)) "AS$((65000 + i)) $(pname "$i") v4" "$pw" 0
    bird_session_file "$(pname "$i")_v6" peer6 "2001:db8:ffff::$h" $((65000 + i)) "AS$((65000 + i)) $(pname "$i") v6" "$pw" "$dis"
  done
}

write_frr_router_conf() {
  local d=$1 i h ip af
  : >"$d/empty.conf"
  printf 'service integrated-vtysh-config\n' >"$d/vtysh.conf"
  {
    echo "frr defaults traditional"
    echo "hostname rtr"
    echo "log file $d/frr.log"
    echo "ip prefix-list PH-LE24 seq 5 permit 0.0.0.0/0 le 24"
    echo "ipv6 prefix-list PH-LE48 seq 5 permit ::/0 le 48"
    echo "route-map PH-IN4 permit 10"; echo " match ip address prefix-list PH-LE24"
    echo "route-map PH-IN6 permit 10"; echo " match ipv6 address prefix-list PH-LE48"
    echo "route-map PH-OUT deny 10"
    echo "router bgp $RTR_AS"
    echo " bgp router-id 192.0.2.1"
    echo " bgp log-neighbor-changes"
    echo " no bgp default ipv4-unicast"
    for i in $(seq "$LAB_N"); do
      [ "$i" = $((LAB_N - 1)) ] && continue
      h=$(peer_host "$i")
      for ip in "192.0.2.$h" "2001:db8:ffff::$h"; do
        echo " neighbor $ip remote-as $((65000 + i))"
        echo " neighbor $ip description AS$((65000 + i)) $(pname "$i")"
        echo " neighbor $ip timers connect 5"
        [ "$i" = 1 ] && echo " neighbor $ip password $MD5_PW"
      done
      [ "$i" = 2 ] && echo " neighbor 2001:db8:ffff::$h shutdown"
    done
    for af in 4 6; do
      if [ $af = 4 ]; then echo " address-family ipv4 unicast"; else echo " address-family ipv6 unicast"; fi
      for i in $(seq "$LAB_N"); do
        [ "$i" = $((LAB_N - 1)) ] && continue
        h=$(peer_host "$i"); if [ $af = 4 ]; then ip=192.0.2.$h; else ip=2001:db8:ffff::$h; fi
        echo "  neighbor $ip activate"
        echo "  neighbor $ip soft-reconfiguration inbound"
        echo "  neighbor $ip route-map PH-IN$af in"
        echo "  neighbor $ip route-map PH-OUT out"
      done
      echo " exit-address-family"
    done
  } >"$d/frr.conf"
}

peer_password() { # MD5 password the peer expects, if any
  local i=$1
  if [ "$i" = 1 ]; then echo "$MD5_PW"; elif [ "$i" = $((LAB_N - 1)) ]; then echo "$SPARE_PW"; fi
}

write_bird_peer_conf() {
  local d=$1 i=$2 h as pw pwline=""
  h=$(peer_host "$i"); as=$((65000 + i)); pw=$(peer_password "$i")
  [ -n "$pw" ] && pwline="password \"$pw\";"
  cat >"$d/bird.conf" <<EOF
router id 192.0.2.$h;
timeformat protocol iso long;
protocol device {}
protocol static own4 { ipv4; route 198.18.$i.0/24 blackhole; route 198.19.$i.0/24 blackhole; route 198.19.$i.0/25 blackhole; }
protocol static own6 { ipv6; route 2001:db8:$i::/48 blackhole; route 2001:db8:$i:1::/64 blackhole; }
protocol bgp rtr_v4 {
  local 192.0.2.$h as $as; neighbor 192.0.2.1 as $RTR_AS; $pwline
  connect delay time 1; connect retry time 5; error wait time 1, 10;
  ipv4 { import all; export where source = RTS_STATIC; };
}
protocol bgp rtr_v6 {
  local 2001:db8:ffff::$h as $as; neighbor 2001:db8:ffff::1 as $RTR_AS; $pwline
  connect delay time 1; connect retry time 5; error wait time 1, 10;
  ipv6 { import all; export where source = RTS_STATIC; };
}
EOF
}

write_frr_peer_conf() {
  local d=$1 i=$2 h as pw
  h=$(peer_host "$i"); as=$((65000 + i)); pw=$(peer_password "$i")
  cat >"$d/bgpd.conf" <<EOF
frr defaults traditional
router bgp $as
 bgp router-id 192.0.2.$h
 no bgp ebgp-requires-policy
 no bgp default ipv4-unicast
 neighbor 192.0.2.1 remote-as $RTR_AS
 neighbor 192.0.2.1 timers connect 5
 neighbor 2001:db8:ffff::1 remote-as $RTR_AS
 neighbor 2001:db8:ffff::1 timers connect 5
$( [ -n "$pw" ] && printf ' neighbor 192.0.2.1 password %s\n neighbor 2001:db8:ffff::1 password %s\n' "$pw" "$pw")
 address-family ipv4 unicast
  network 198.18.$i.0/24
  network 198.19.$i.0/24
  network 198.19.$i.0/25
  neighbor 192.0.2.1 activate
 exit-address-family
 address-family ipv6 unicast
  network 2001:db8:$i::/48
  network 2001:db8:$i:1::/64
  neighbor 2001:db8:ffff::1 activate
 exit-address-family
EOF
}

# The forced command of the lab user: the shipped gate (router-side/peeringhub-gate) unchanged, with a config file
# next to it that points at the lab's layout (everything of the router in one folder) instead of Debian's.
write_gate() {
  local r=$LAB_DIR/rtr pidfile
  install -m 755 "$BIN_DIR/../../router-side/peeringhub-gate" "$LAB_DIR/bin/gate"
  if [ "$LAB_RTR" = bird ]; then pidfile=$r/bird.pid; else pidfile=$r/bgpd.pid; fi
  cat >"$LAB_DIR/bin/peeringhub-gate.conf" <<EOF
ROUTER=$LAB_RTR
BIRD_SOCKET=$r/bird.ctl
BIRD_CONF=$r/bird.conf
BIRD_INCLUDE_DIR=$r/peers.d
BIRD_LOG=$r/bird.log
FRR_VTYSH_OPTS=--vty_socket $r/vty --config_dir $r
FRR_CONF=$r/frr.conf
FRR_LOG=$r/frr.log
NETNS_PIDFILE=$pidfile
EOF
  chmod 644 "$LAB_DIR/bin/peeringhub-gate.conf"
  chmod 755 "$LAB_DIR/bin"
}

write_env() {
  local n=$1
  {
    echo "LAB_ID=$LAB_ID"; echo "LAB_RTR=$LAB_RTR"; echo "LAB_N=$n"; echo "LAB_USER=$LAB_USER"
    echo "RTR_NS=$P-rtr"; echo "NS_PREFIX=$P"; echo "RTR_DIR=$LAB_DIR/rtr"; echo "RTR_AS=$RTR_AS"
    echo "MD5_PW=$MD5_PW"; echo "SPARE_PW=$SPARE_PW"; echo "SPARE=$(pname $((n - 1)))"; echo "DEAD=$(pname "$n")"
    if [ "$LAB_SSH" = 1 ]; then
      echo "SSH_PORT=$(cat "$LAB_DIR/ssh/port")"; echo "SSH_KEY=$LAB_DIR/ssh/client_ed25519"
      echo "SSH_OTHER_KEY=$LAB_DIR/ssh/other_ed25519"; echo "SSH_HOST_PUB=$LAB_DIR/ssh/ssh_host_ed25519_key.pub"
      echo "SSHD_PID=$(cat "$LAB_DIR/ssh/sshd.pid")"
    fi
  } >"$LAB_DIR/lab.env"
}
