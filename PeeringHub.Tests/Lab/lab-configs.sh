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

# The forced command of the lab user. It splits SSH_ORIGINAL_COMMAND like a shell would (xargs evaluates
# nothing: no $(), no globs), then allows only the router CLI and the config-file operations the drivers use.
write_gate() {
  local g=$LAB_DIR/bin/gate r=$LAB_DIR/rtr
  cat >"$g" <<EOF
#!/bin/bash
set -uo pipefail
RTR=$r; KIND=$LAB_RTR
EOF
  cat >>"$g" <<'EOF'
# Unquoted command lines (every poll and batch) split with a builtin; quoted ones need xargs' shell-like parsing (a fork).
if [[ "${SSH_ORIGINAL_COMMAND:-}" =~ ^[A-Za-z0-9_.:/\ -]*$ ]]; then read -ra A <<<"${SSH_ORIGINAL_COMMAND:-}"
else mapfile -d '' -t A < <(printf '%s' "${SSH_ORIGINAL_COMMAND:-}" | xargs printf '%s\0') || { echo "gate: cannot parse command" >&2; exit 2; }; fi
[ ${#A[@]} -gt 0 ] || { echo "gate: empty command" >&2; exit 2; }
valid() { [[ "$1" =~ ^[A-Za-z0-9_]{1,64}$ ]] || { echo "gate: bad config name: $1" >&2; exit 2; }; }
cmd=${A[0]}; args=("${A[@]:1}")
case "$cmd" in
  birdc) [ "$KIND" = bird ] || exit 2; exec /usr/sbin/birdc -s "$RTR/bird.ctl" "${args[@]}" ;;
  birdc-ro) [ "$KIND" = bird ] || exit 2; exec /usr/sbin/birdc -r -s "$RTR/bird.ctl" "${args[@]}" ;;
  birdcl) [ "$KIND" = bird ] || exit 2
    [ ${#args[@]} -eq 0 ] || [ "${args[*]}" = "-v" ] || { echo "gate: birdcl takes only -v" >&2; exit 2; }
    exec /usr/sbin/birdcl "${args[@]}" -s "$RTR/bird.ctl" ;;
  vtysh) [ "$KIND" = frr ] || exit 2
    for ((k = 0; k < ${#args[@]}; k += 2)); do [ "${args[k]}" = "-c" ] && [ $((k + 1)) -lt ${#args[@]} ] || { echo "gate: only -c CMD pairs" >&2; exit 2; }; done
    exec /usr/bin/vtysh --vty_socket "$RTR/vty" --config_dir "$RTR" "${args[@]}" ;;
  ls-conf) cd "$RTR/peers.d" && for f in *.conf; do [ -e "$f" ] && echo "${f%.conf}"; done; exit 0 ;;
  cat-conf) cd "$RTR/peers.d" || exit 1
    if [ ${#args[@]} -eq 0 ]; then args=(); for f in *.conf; do [ -e "$f" ] && args+=("${f%.conf}"); done; fi
    # bash builtins only (mapfile, printf): no fork per file, this runs for 100+ sessions at a time
    for n in "${args[@]}"; do valid "$n"; [ -f "$n.conf" ] || continue; mapfile -t L <"$n.conf"; printf '%%%%%% %s\n' "$n"; printf '%s\n' "${L[@]}"; done; exit 0 ;;
  put-conf) cd "$RTR/peers.d" || exit 1
    # stdin: "%%% NAME" lines start a file; each file is written to a dot-temp name, then renamed
    cur=""; names=(); buf=""
    flush() { [ -n "$cur" ] && printf '%s' "$buf" >".$cur.tmp"; buf=""; }
    while IFS= read -r line || [ -n "$line" ]; do
      if [[ "$line" == "%%% "* ]]; then flush; cur=${line#%%% }; valid "$cur"; names+=("$cur")
      elif [ -n "$cur" ]; then buf+="$line"$'\n'
      else echo "gate: content before first %%% header" >&2; exit 2; fi
    done
    flush
    for n in "${names[@]}"; do mv -f ".$n.tmp" "$n.conf"; done; exit 0 ;;
  admin) [ "$KIND" = bird ] || exit 2; cd "$RTR/peers.d" || exit 1
    # One call per batch: persist the admin state in the session files (one sed; "configure" would otherwise undo it),
    # then apply it to the same sessions with one birdcl. stdin: the optional RFC 8203 shutdown message (one line).
    state=${args[0]:-}; [ "$state" = down ] || [ "$state" = up ] || { echo "gate: admin down|up NAME..." >&2; exit 2; }
    msg=""; IFS= read -r msg || true
    [[ "$msg" != *'"'* && ! "$msg" =~ [[:cntrl:]] && ${#msg} -le 128 ]] || { echo "gate: bad shutdown message" >&2; exit 2; }
    files=(); script=""
    for n in "${args[@]:1}"; do valid "$n"; L=(); [ -f "$n.conf" ] && mapfile -t L <"$n.conf"
      if [[ "${L[*]}" == *"protocol bgp $n "* ]]; then files+=("$n.conf"); echo "ok $n"
        if [ "$state" = down ]; then script+="disable $n${msg:+ \"$msg\"}"$'\n'; else script+="enable $n"$'\n'; fi
      else echo "missing $n"; fi; done
    [ ${#files[@]} -eq 0 ] && exit 0
    if [ "$state" = down ]; then sed -i -e '/^  disabled;$/d' -e '$i\  disabled;' "${files[@]}" || exit 1
    else sed -i -e '/^  disabled;$/d' "${files[@]}" || exit 1; fi
    echo "%%% birdcl"
    printf '%s' "$script" | /usr/sbin/birdcl -s "$RTR/bird.ctl"; exit $? ;;
  watch-states)
    # Waits up to SECONDS for the router to log a session state change, prints that line, then "@offset N": where the
    # next wait starts, so a line logged between two waits is not lost. Without OFFSET the wait starts at the log's end.
    # BIRD logs changes with "debug { states };" in the templates, FRR with "bgp log-neighbor-changes".
    s=${args[0]:-}; from=${args[1]:-}
    [[ "$s" =~ ^[0-9]{1,2}$ && "$from" =~ ^[0-9]{0,15}$ ]] || { echo "gate: watch-states SECONDS [OFFSET]" >&2; exit 2; }
    if [ "$KIND" = bird ]; then log=$RTR/bird.log; mark="State changed"; else log=$RTR/frr.log; mark="ADJCHANGE"; fi
    size=$(stat -c %s "$log" 2>/dev/null) || size=0
    # A log shorter than the offset was rotated or truncated: start at its end.
    if [ -z "$from" ] || [ "$from" -gt "$size" ]; then from=$size; fi
    hit=""
    [ "$from" -lt "$size" ] && hit=$(tail -c +$((from + 1)) "$log" | head -c $((size - from)) | grep -m1 -F "$mark")
    # tail (stdin/stderr detached) lingers until its next write or the timeout; the gate returns at the first match.
    [ -z "$hit" ] && hit=$(grep -m1 -F "$mark" < <(exec timeout "$s" tail -F -c +$((size + 1)) "$log" </dev/null 2>/dev/null))
    # After a change the caller reads the router, which covers whatever is logged until then; after a quiet wait the
    # next one looks again at what this one saw.
    if [ -n "$hit" ]; then printf '%s\n' "$hit"; size=$(stat -c %s "$log"); fi
    echo "@offset $size"; exit 0 ;;
  rm-conf) cd "$RTR/peers.d" || exit 1
    for n in "${args[@]}"; do valid "$n"; rm -f "$n.conf"; done; exit 0 ;;
  *) echo "gate: command not allowed: $cmd" >&2; exit 2 ;;
esac
EOF
  chmod 755 "$LAB_DIR/bin" "$g"
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
