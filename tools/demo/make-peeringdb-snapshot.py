#!/usr/bin/env python3
"""Writes the demo's offline PeeringDB snapshot (PeeringDB API envelope, one file per endpoint) from the same
values DemoSeeder uses, so importing it changes none of the demo's networks, exchanges, LANs or members.
Run from the repository root: python3 tools/demo/make-peeringdb-snapshot.py"""
import json, os, re

NAMES = ["Nordwind Transit", "Alpine Fibre", "Harbour Cloud", "Lakeside Broadband", "Meridian Hosting", "Kestrel CDN", "Bluefjord Telecom",
         "Cedar Networks", "Orbit Streaming", "Granite Data Centres", "Polaris Mobile", "Riverbend ISP", "Summit Gaming", "Tundra Backbone",
         "Vega Content", "Willow Access", "Atlas Carrier", "Beacon DNS", "Copperline Cable", "Delta Research Net", "Ember Video",
         "Falcon Edge", "Glacier Web Services", "Horizon Satellite", "Ion University Network", "Juniper Valley Wireless", "Krypton Security",
         "Lumen Archive", "Maple Municipal Net", "Nimbus Storage", "Oak Exchange Services"]
OUT = "PeeringHub.Core/Data/Seeding/Demo/peeringdb"
STAMP = "2026-11-30T12:00:00Z"

def slug(n): return re.sub(r"[^a-z0-9]", "", n.lower())
def common(i): return {"id": i, "created": "2026-11-01T09:00:00Z", "updated": STAMP, "status": "ok"}

def net(id_, org, asn, name, asset, policy, p4, p6, website=""):
    return {**{"id": id_, "org_id": org, "name": name, "aka": "", "name_long": "", "website": website, "social_media": [],
               "asn": asn, "looking_glass": "", "route_server": "", "irr_as_set": asset, "info_type": "NSP", "info_types": ["NSP"],
               "info_prefixes4": p4, "info_prefixes6": p6, "info_traffic": "", "info_ratio": "Balanced", "info_scope": "Europe",
               "info_unicast": True, "info_multicast": False, "info_ipv6": True, "info_never_via_route_servers": False,
               "ix_count": 0, "fac_count": 0, "notes": "Demo network (documentation ASN, RFC 5398).", "netixlan_updated": STAMP,
               "netfac_updated": None, "poc_updated": STAMP, "policy_url": "", "policy_general": policy, "policy_locations": "Not Required",
               "policy_ratio": False, "policy_contracts": "Not Required", "allow_ixp_update": False, "status_dashboard": "",
               "rir_status": "ok", "rir_status_updated": STAMP, "logo": None}, **common(id_)}

nets, orgs, pocs, netixlans = [], [], [], []
networks = [(64496, "PeeringHub Demo Net (ours)", "AS-PHDEMO", "Open", 50, 20, "peering@demo.example", "noc@demo.example")]
for i, n in enumerate(NAMES):
    asn = 64497 + i if i < 15 else 65536 + (i - 15)
    networks.append((asn, f"{n} (demo)", "AS-" + n.split(" ")[0].upper(), ["Open", "Selective", "Restrictive"][i % 3],
                     10 + i * 7, 5 + i * 3, f"peering@{slug(n)}.example", f"noc@{slug(n)}.example"))
for k, (asn, name, asset, policy, p4, p6, peering, noc) in enumerate(networks):
    nid, oid = 990001 + k, 980001 + k
    orgs.append({"id": oid, "name": name.replace(" (demo)", "").replace(" (ours)", "") + " Demo Org", "aka": "", "name_long": "",
                 "website": "", "social_media": [], "notes": "", "logo": None, "address1": "", "address2": "", "city": "", "country": "DE",
                 "state": "", "zipcode": "", "floor": "", "suite": "", "latitude": None, "longitude": None, **common(oid)})
    nets.append(net(nid, oid, asn, name, asset, policy, p4, p6))
    for j, (role, cname, email) in enumerate([("Policy", "Peering desk", peering), ("NOC", "Network operations", noc)]):
        pid = 970001 + k * 2 + j
        pocs.append({"id": pid, "net_id": nid, "role": role, "visible": "Public", "name": cname, "phone": "", "email": email, "url": "", **common(pid)})

orgs.append({"id": 980000, "name": "DEMO-IX Association", "aka": "", "name_long": "", "website": "https://demo.example", "social_media": [],
             "notes": "", "logo": None, "address1": "", "address2": "", "city": "Frankfurt", "country": "DE", "state": "", "zipcode": "",
             "floor": "", "suite": "", "latitude": None, "longitude": None, **common(980000)})
ixs = [(9801, "DEMO-IX Frankfurt", "Frankfurt", "DE", "https://ix1.demo.example", 9811, 100, "192.0.2.0/24", "2001:db8:1::/64"),
       (9802, "DEMO-IX Amsterdam", "Amsterdam", "NL", "https://ix2.demo.example", 9812, 200, "198.51.100.0/24", "2001:db8:2::/64")]
ix_json, ixlan_json, ixpfx_json = [], [], []
for (ixid, name, city, country, web, lanid, vlan, v4, v6) in ixs:
    ix_json.append({"id": ixid, "org_id": 980000, "name": name, "aka": "", "name_long": name + " (demo exchange)", "city": city,
                    "country": country, "region_continent": "Europe", "media": "Ethernet", "notes": "Demo exchange (documentation prefixes).",
                    "proto_unicast": True, "proto_multicast": False, "proto_ipv6": True, "website": web, "social_media": [], "url_stats": "",
                    "tech_email": "tech@" + web.split("//")[1], "tech_phone": "", "policy_email": "", "policy_phone": "", "sales_email": "",
                    "sales_phone": "", "net_count": 0, "fac_count": 0, "ixf_net_count": 0, "ixf_last_import": None, "ixf_import_request": None,
                    "ixf_import_request_status": "queued", "service_level": "Not Disclosed", "terms": "Not Disclosed", "status_dashboard": "",
                    "logo": None, **common(ixid)})
    ixlan_json.append({"id": lanid, "ix_id": ixid, "name": "", "descr": "", "mtu": 1500, "dot1q_support": False, "rs_asn": 0,
                       "arp_sponge": None, "ixf_ixp_member_list_url_visible": "Private", "ixf_ixp_import_enabled": False, **common(lanid)})
    for m, (proto, pfx) in enumerate([("IPv4", v4), ("IPv6", v6)]):
        pid = lanid * 10 + m
        ixpfx_json.append({"id": pid, "ixlan_id": lanid, "protocol": proto, "prefix": pfx, "in_dfz": True, **common(pid)})

# The members, with the seed's addresses and route-server flags.
def member(k, ixid, lanid, v4, v6, rs):
    asn = networks[k][0]
    xid = 960001 + len(netixlans)
    netixlans.append({"id": xid, "net_id": 990001 + k, "ix_id": ixid, "name": [x[1] for x in ixs if x[0] == ixid][0], "ixlan_id": lanid,
                      "notes": "", "speed": 10000, "asn": asn, "ipaddr4": v4, "ipaddr6": v6, "is_rs_peer": rs, "bfd_support": False,
                      "operational": True, "net_side_id": None, "ix_side_id": None, **common(xid)})
member(0, 9801, 9811, "192.0.2.1", "2001:db8:1::1", True)
member(0, 9802, 9812, "198.51.100.1", "2001:db8:2::1", True)
for i in range(len(NAMES)):
    member(i + 1, 9801, 9811, f"192.0.2.{10 + i}", f"2001:db8:1::{10 + i:x}", i % 4 != 0)
    if i % 2 == 0:
        member(i + 1, 9802, 9812, f"198.51.100.{10 + i}", f"2001:db8:2::{10 + i:x}", i % 3 != 0)

os.makedirs(OUT, exist_ok=True)
for endpoint, data in [("org", orgs), ("net", nets), ("ix", ix_json), ("ixlan", ixlan_json), ("ixpfx", ixpfx_json),
                       ("netixlan", netixlans), ("poc", pocs)]:
    with open(os.path.join(OUT, endpoint + ".json"), "w") as f:
        json.dump({"data": data, "meta": {}}, f, indent=1)
        f.write("\n")
print("wrote", OUT)
