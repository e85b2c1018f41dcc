#!/bin/bash
# Real-agent sFlow lab: a Linux bridge as the exchange switch (root namespace, so pmacctd there can export to the collector
# on loopback), four router namespaces with BIRD 2, real BGP over IPv4 and IPv6. Every name starts with "sf-<id>-".
# Sessions: r1-r2 (v4+v6), r2-r3 (v4+v6), r3-r4 (v4): five real ones. Refused: r4 configures r1 over IPv4, r1 has no
# protocol for r4, so every attempt is a handshake, r4's OPEN and a reset.
# usage: sflow-lab.sh up <id> <workdir> | down <id>
# "up" prints "PID <name> <pid>" lines for the daemons it starts; the caller kills them by PID, then runs "down".
set -euo pipefail
cmd=$1; id=$2
br="sf-$id-br"

if [ "$cmd" = down ]; then
  for r in 1 2 3 4; do ip netns del "sf-$id-r$r" 2>/dev/null || true; done
  ip link del "$br" 2>/dev/null || true
  exit 0
fi

dir=$3
mkdir -p "$dir"
ip link add "$br" type bridge
ip link set "$br" up
for r in 1 2 3 4; do
  ns="sf-$id-r$r"
  ip netns add "$ns"
  ip link add "sf-$id-v$r" type veth peer name "sf-$id-e$r"
  ip link set "sf-$id-e$r" netns "$ns"
  ip link set "sf-$id-v$r" master "$br" up
  ip -n "$ns" link set lo up
  ip -n "$ns" link set "sf-$id-e$r" up
  ip -n "$ns" addr add "185.1.0.$r/24" dev "sf-$id-e$r"
  ip -n "$ns" addr add "2001:7f8:1::$r/64" dev "sf-$id-e$r" nodad
done

# sessions: r1-r2 and r2-r3 over IPv4 and IPv6, r3-r4 over IPv4; r1 and r3 do not peer; r4 -> r1 is refused
peer() { # name local_ip local_as neighbor_ip neighbor_as family
  cat <<CONF
protocol bgp $1 {
  local $2 as $3; neighbor $4 as $5;
  hold time 3; keepalive time 1; connect retry time 1; connect delay time 1;
  $6 { import all; export all; };
}
CONF
}
conf() { # r peers... ; a peer "4v4" means IPv4 only
  local r=$1; shift
  echo "router id 185.1.0.$r; log \"$dir/bird$r.log\" all; protocol device {}"
  echo "protocol static s4 { ipv4; route 10.$r.0.0/16 blackhole; } protocol static s6 { ipv6; route 2001:db8:$r::/48 blackhole; }"
  for p in "$@"; do
    n=${p%v4}
    peer "p${n}v4" "185.1.0.$r" "6500$r" "185.1.0.$n" "6500$n" ipv4
    [ "$p" = "$n" ] && peer "p${n}v6" "2001:7f8:1::$r" "6500$r" "2001:7f8:1::$n" "6500$n" ipv6
  done
  return 0
}
conf 1 2 > "$dir/bird1.conf"
conf 2 1 3 > "$dir/bird2.conf"
conf 3 2 4v4 > "$dir/bird3.conf"
conf 4 3v4 1v4 > "$dir/bird4.conf"
for r in 1 2 3 4; do
  ip netns exec "sf-$id-r$r" bird -f -c "$dir/bird$r.conf" -s "$dir/bird$r.ctl" > "$dir/bird$r.out" 2>&1 &
  echo "PID bird$r $!"
done
