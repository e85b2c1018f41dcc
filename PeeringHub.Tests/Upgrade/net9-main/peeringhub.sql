PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261123004142_InitialCreate','9.0.22');
INSERT INTO __EFMigrationsHistory VALUES('20261123004649_PeeringDbReference','9.0.22');
INSERT INTO __EFMigrationsHistory VALUES('20261123013115_PeeringManager','9.0.22');
INSERT INTO __EFMigrationsHistory VALUES('20261123013422_SessionRouterName','9.0.22');
INSERT INTO __EFMigrationsHistory VALUES('20261123033509_SentMails','9.0.22');
CREATE TABLE IF NOT EXISTS "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
INSERT INTO AspNetRoles VALUES('5d3d55d4-c73a-4e7c-bca8-6cc46f3292e2','Admin','ADMIN',NULL);
INSERT INTO AspNetRoles VALUES('94cb336d-dc44-49f4-96b3-ed10fb629e68','Operator','OPERATOR',NULL);
INSERT INTO AspNetRoles VALUES('b3a90f8e-d7f1-4c35-a40c-9cda6fd515ef','NOC','NOC',NULL);
INSERT INTO AspNetRoles VALUES('2311857f-5523-468c-81a2-2a893b2aa40e','Member','MEMBER',NULL);
CREATE TABLE IF NOT EXISTS "AsSets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AsSets" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Source" TEXT NULL,
    "MemberAsns" TEXT NOT NULL,
    "Ipv4Prefixes" TEXT NOT NULL,
    "Ipv6Prefixes" TEXT NOT NULL,
    "ValidatedAt" TEXT NULL,
    "ImportedAt" TEXT NULL,
    "Version" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "User" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "ObjectType" TEXT NOT NULL,
    "ObjectId" TEXT NULL,
    "ObjectName" TEXT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL
);
INSERT INTO AuditEntries VALUES(1,'2026-12-02 23:35:06.2724724','system','CreateApiToken','ApiToken',NULL,'bootstrap',NULL,'{"Prefix":"ph_net9_mi"}');
INSERT INTO AuditEntries VALUES(2,'2026-12-02 23:35:06.5395961','system','Create','Network','2','AS64497 Nordwind Transit (demo)',NULL,'{"Asn":64497,"Id":-2147482646,"IrrAsSet":"AS-NORDWIND","IsOurs":false,"KeepFields":[],"MaxPrefixV4":10,"MaxPrefixV6":5,"Name":"Nordwind Transit (demo)","NocEmail":"noc@nordwindtransit.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@nordwindtransit.example","PeeringPolicy":"Open","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(3,'2026-12-02 23:35:06.5395961','system','Create','Network','1','AS64496 PeeringHub Demo Net (ours)',NULL,'{"Asn":64496,"Id":-2147482647,"IrrAsSet":"AS-PHDEMO","IsOurs":true,"KeepFields":[],"MaxPrefixV4":50,"MaxPrefixV6":20,"Name":"PeeringHub Demo Net (ours)","NocEmail":"noc@demo.example","Notes":"Demo data","PeeringDbId":null,"PeeringEmail":"peering@demo.example","PeeringPolicy":"Open","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(4,'2026-12-02 23:35:06.5395961','system','Create','Network','3','AS64498 Alpine Fibre (demo)',NULL,'{"Asn":64498,"Id":-2147482645,"IrrAsSet":"AS-ALPINE","IsOurs":false,"KeepFields":[],"MaxPrefixV4":17,"MaxPrefixV6":8,"Name":"Alpine Fibre (demo)","NocEmail":"noc@alpinefibre.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@alpinefibre.example","PeeringPolicy":"Selective","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(5,'2026-12-02 23:35:06.5395961','system','Create','Network','4','AS64499 Harbour Cloud (demo)',NULL,'{"Asn":64499,"Id":-2147482644,"IrrAsSet":"AS-HARBOUR","IsOurs":false,"KeepFields":[],"MaxPrefixV4":24,"MaxPrefixV6":11,"Name":"Harbour Cloud (demo)","NocEmail":"noc@harbourcloud.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@harbourcloud.example","PeeringPolicy":"Restrictive","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(6,'2026-12-02 23:35:06.5395961','system','Create','Network','5','AS64500 Lakeside Broadband (demo)',NULL,'{"Asn":64500,"Id":-2147482643,"IrrAsSet":"AS-LAKESIDE","IsOurs":false,"KeepFields":[],"MaxPrefixV4":31,"MaxPrefixV6":14,"Name":"Lakeside Broadband (demo)","NocEmail":"noc@lakesidebroadband.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@lakesidebroadband.example","PeeringPolicy":"Open","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(7,'2026-12-02 23:35:06.5395961','system','Create','Network','6','AS64501 Meridian Hosting (demo)',NULL,'{"Asn":64501,"Id":-2147482642,"IrrAsSet":"AS-MERIDIAN","IsOurs":false,"KeepFields":[],"MaxPrefixV4":38,"MaxPrefixV6":17,"Name":"Meridian Hosting (demo)","NocEmail":"noc@meridianhosting.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@meridianhosting.example","PeeringPolicy":"Selective","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(8,'2026-12-02 23:35:06.5395961','system','Create','Network','7','AS64502 Kestrel CDN (demo)',NULL,'{"Asn":64502,"Id":-2147482641,"IrrAsSet":"AS-KESTREL","IsOurs":false,"KeepFields":[],"MaxPrefixV4":45,"MaxPrefixV6":20,"Name":"Kestrel CDN (demo)","NocEmail":"noc@kestrelcdn.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@kestrelcdn.example","PeeringPolicy":"Restrictive","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(9,'2026-12-02 23:35:06.5395961','system','Create','Network','8','AS64503 Bluefjord Telecom (demo)',NULL,'{"Asn":64503,"Id":-2147482640,"IrrAsSet":"AS-BLUEFJORD","IsOurs":false,"KeepFields":[],"MaxPrefixV4":52,"MaxPrefixV6":23,"Name":"Bluefjord Telecom (demo)","NocEmail":"noc@bluefjordtelecom.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@bluefjordtelecom.example","PeeringPolicy":"Open","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(10,'2026-12-02 23:35:06.5395961','system','Create','Network','9','AS64504 Cedar Networks (demo)',NULL,'{"Asn":64504,"Id":-2147482639,"IrrAsSet":"AS-CEDAR","IsOurs":false,"KeepFields":[],"MaxPrefixV4":59,"MaxPrefixV6":26,"Name":"Cedar Networks (demo)","NocEmail":"noc@cedarnetworks.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@cedarnetworks.example","PeeringPolicy":"Selective","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(11,'2026-12-02 23:35:06.5395961','system','Create','Network','10','AS64505 Orbit Streaming (demo)',NULL,'{"Asn":64505,"Id":-2147482638,"IrrAsSet":"AS-ORBIT","IsOurs":false,"KeepFields":[],"MaxPrefixV4":66,"MaxPrefixV6":29,"Name":"Orbit Streaming (demo)","NocEmail":"noc@orbitstreaming.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@orbitstreaming.example","PeeringPolicy":"Restrictive","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(12,'2026-12-02 23:35:06.5395961','system','Create','Network','11','AS64506 Granite Data Centres (demo)',NULL,'{"Asn":64506,"Id":-2147482637,"IrrAsSet":"AS-GRANITE","IsOurs":false,"KeepFields":[],"MaxPrefixV4":73,"MaxPrefixV6":32,"Name":"Granite Data Centres (demo)","NocEmail":"noc@granitedatacentres.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@granitedatacentres.example","PeeringPolicy":"Open","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(13,'2026-12-02 23:35:06.5395961','system','Create','Network','12','AS64507 Polaris Mobile (demo)',NULL,'{"Asn":64507,"Id":-2147482636,"IrrAsSet":"AS-POLARIS","IsOurs":false,"KeepFields":[],"MaxPrefixV4":80,"MaxPrefixV6":35,"Name":"Polaris Mobile (demo)","NocEmail":"noc@polarismobile.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@polarismobile.example","PeeringPolicy":"Selective","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(14,'2026-12-02 23:35:06.5395961','system','Create','Network','13','AS64508 Riverbend ISP (demo)',NULL,'{"Asn":64508,"Id":-2147482635,"IrrAsSet":"AS-RIVERBEND","IsOurs":false,"KeepFields":[],"MaxPrefixV4":87,"MaxPrefixV6":38,"Name":"Riverbend ISP (demo)","NocEmail":"noc@riverbendisp.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@riverbendisp.example","PeeringPolicy":"Restrictive","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(15,'2026-12-02 23:35:06.5395961','system','Create','Network','14','AS64509 Summit Gaming (demo)',NULL,'{"Asn":64509,"Id":-2147482634,"IrrAsSet":"AS-SUMMIT","IsOurs":false,"KeepFields":[],"MaxPrefixV4":94,"MaxPrefixV6":41,"Name":"Summit Gaming (demo)","NocEmail":"noc@summitgaming.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@summitgaming.example","PeeringPolicy":"Open","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(16,'2026-12-02 23:35:06.5395961','system','Create','Network','15','AS64510 Tundra Backbone (demo)',NULL,'{"Asn":64510,"Id":-2147482633,"IrrAsSet":"AS-TUNDRA","IsOurs":false,"KeepFields":[],"MaxPrefixV4":101,"MaxPrefixV6":44,"Name":"Tundra Backbone (demo)","NocEmail":"noc@tundrabackbone.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@tundrabackbone.example","PeeringPolicy":"Selective","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(17,'2026-12-02 23:35:06.5395961','system','Create','Network','16','AS64511 Vega Content (demo)',NULL,'{"Asn":64511,"Id":-2147482632,"IrrAsSet":"AS-VEGA","IsOurs":false,"KeepFields":[],"MaxPrefixV4":108,"MaxPrefixV6":47,"Name":"Vega Content (demo)","NocEmail":"noc@vegacontent.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@vegacontent.example","PeeringPolicy":"Restrictive","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(18,'2026-12-02 23:35:06.5395961','system','Create','Network','17','AS65536 Willow Access (demo)',NULL,'{"Asn":65536,"Id":-2147482631,"IrrAsSet":"AS-WILLOW","IsOurs":false,"KeepFields":[],"MaxPrefixV4":115,"MaxPrefixV6":50,"Name":"Willow Access (demo)","NocEmail":"noc@willowaccess.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@willowaccess.example","PeeringPolicy":"Open","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(19,'2026-12-02 23:35:06.5395961','system','Create','Network','18','AS65537 Atlas Carrier (demo)',NULL,'{"Asn":65537,"Id":-2147482630,"IrrAsSet":"AS-ATLAS","IsOurs":false,"KeepFields":[],"MaxPrefixV4":122,"MaxPrefixV6":53,"Name":"Atlas Carrier (demo)","NocEmail":"noc@atlascarrier.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@atlascarrier.example","PeeringPolicy":"Selective","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(20,'2026-12-02 23:35:06.5395961','system','Create','Network','19','AS65538 Beacon DNS (demo)',NULL,'{"Asn":65538,"Id":-2147482629,"IrrAsSet":"AS-BEACON","IsOurs":false,"KeepFields":[],"MaxPrefixV4":129,"MaxPrefixV6":56,"Name":"Beacon DNS (demo)","NocEmail":"noc@beacondns.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@beacondns.example","PeeringPolicy":"Restrictive","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(21,'2026-12-02 23:35:06.5395961','system','Create','Network','20','AS65539 Copperline Cable (demo)',NULL,'{"Asn":65539,"Id":-2147482628,"IrrAsSet":"AS-COPPERLINE","IsOurs":false,"KeepFields":[],"MaxPrefixV4":136,"MaxPrefixV6":59,"Name":"Copperline Cable (demo)","NocEmail":"noc@copperlinecable.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@copperlinecable.example","PeeringPolicy":"Open","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(22,'2026-12-02 23:35:06.5395961','system','Create','Network','21','AS65540 Delta Research Net (demo)',NULL,'{"Asn":65540,"Id":-2147482627,"IrrAsSet":"AS-DELTA","IsOurs":false,"KeepFields":[],"MaxPrefixV4":143,"MaxPrefixV6":62,"Name":"Delta Research Net (demo)","NocEmail":"noc@deltaresearchnet.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@deltaresearchnet.example","PeeringPolicy":"Selective","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(23,'2026-12-02 23:35:06.5395961','system','Create','Network','22','AS65541 Ember Video (demo)',NULL,'{"Asn":65541,"Id":-2147482626,"IrrAsSet":"AS-EMBER","IsOurs":false,"KeepFields":[],"MaxPrefixV4":150,"MaxPrefixV6":65,"Name":"Ember Video (demo)","NocEmail":"noc@embervideo.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@embervideo.example","PeeringPolicy":"Restrictive","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(24,'2026-12-02 23:35:06.5395961','system','Create','Network','23','AS65542 Falcon Edge (demo)',NULL,'{"Asn":65542,"Id":-2147482625,"IrrAsSet":"AS-FALCON","IsOurs":false,"KeepFields":[],"MaxPrefixV4":157,"MaxPrefixV6":68,"Name":"Falcon Edge (demo)","NocEmail":"noc@falconedge.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@falconedge.example","PeeringPolicy":"Open","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(25,'2026-12-02 23:35:06.5395961','system','Create','Network','24','AS65543 Glacier Web Services (demo)',NULL,'{"Asn":65543,"Id":-2147482624,"IrrAsSet":"AS-GLACIER","IsOurs":false,"KeepFields":[],"MaxPrefixV4":164,"MaxPrefixV6":71,"Name":"Glacier Web Services (demo)","NocEmail":"noc@glacierwebservices.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@glacierwebservices.example","PeeringPolicy":"Selective","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(26,'2026-12-02 23:35:06.5395961','system','Create','Network','25','AS65544 Horizon Satellite (demo)',NULL,'{"Asn":65544,"Id":-2147482623,"IrrAsSet":"AS-HORIZON","IsOurs":false,"KeepFields":[],"MaxPrefixV4":171,"MaxPrefixV6":74,"Name":"Horizon Satellite (demo)","NocEmail":"noc@horizonsatellite.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@horizonsatellite.example","PeeringPolicy":"Restrictive","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(27,'2026-12-02 23:35:06.5395961','system','Create','Network','26','AS65545 Ion University Network (demo)',NULL,'{"Asn":65545,"Id":-2147482622,"IrrAsSet":"AS-ION","IsOurs":false,"KeepFields":[],"MaxPrefixV4":178,"MaxPrefixV6":77,"Name":"Ion University Network (demo)","NocEmail":"noc@ionuniversitynetwork.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@ionuniversitynetwork.example","PeeringPolicy":"Open","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(28,'2026-12-02 23:35:06.5395961','system','Create','Network','27','AS65546 Juniper Valley Wireless (demo)',NULL,'{"Asn":65546,"Id":-2147482621,"IrrAsSet":"AS-JUNIPER","IsOurs":false,"KeepFields":[],"MaxPrefixV4":185,"MaxPrefixV6":80,"Name":"Juniper Valley Wireless (demo)","NocEmail":"noc@junipervalleywireless.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@junipervalleywireless.example","PeeringPolicy":"Selective","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(29,'2026-12-02 23:35:06.5395961','system','Create','Network','28','AS65547 Krypton Security (demo)',NULL,'{"Asn":65547,"Id":-2147482620,"IrrAsSet":"AS-KRYPTON","IsOurs":false,"KeepFields":[],"MaxPrefixV4":192,"MaxPrefixV6":83,"Name":"Krypton Security (demo)","NocEmail":"noc@kryptonsecurity.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@kryptonsecurity.example","PeeringPolicy":"Restrictive","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(30,'2026-12-02 23:35:06.5395961','system','Create','Network','29','AS65548 Lumen Archive (demo)',NULL,'{"Asn":65548,"Id":-2147482619,"IrrAsSet":"AS-LUMEN","IsOurs":false,"KeepFields":[],"MaxPrefixV4":199,"MaxPrefixV6":86,"Name":"Lumen Archive (demo)","NocEmail":"noc@lumenarchive.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@lumenarchive.example","PeeringPolicy":"Open","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(31,'2026-12-02 23:35:06.5395961','system','Create','Network','30','AS65549 Maple Municipal Net (demo)',NULL,'{"Asn":65549,"Id":-2147482618,"IrrAsSet":"AS-MAPLE","IsOurs":false,"KeepFields":[],"MaxPrefixV4":206,"MaxPrefixV6":89,"Name":"Maple Municipal Net (demo)","NocEmail":"noc@maplemunicipalnet.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@maplemunicipalnet.example","PeeringPolicy":"Selective","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(32,'2026-12-02 23:35:06.5395961','system','Create','Network','31','AS65550 Nimbus Storage (demo)',NULL,'{"Asn":65550,"Id":-2147482617,"IrrAsSet":"AS-NIMBUS","IsOurs":false,"KeepFields":[],"MaxPrefixV4":213,"MaxPrefixV6":92,"Name":"Nimbus Storage (demo)","NocEmail":"noc@nimbusstorage.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@nimbusstorage.example","PeeringPolicy":"Restrictive","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(33,'2026-12-02 23:35:06.5395961','system','Create','Network','32','AS65551 Oak Exchange Services (demo)',NULL,'{"Asn":65551,"Id":-2147482616,"IrrAsSet":"AS-OAK","IsOurs":false,"KeepFields":[],"MaxPrefixV4":220,"MaxPrefixV6":95,"Name":"Oak Exchange Services (demo)","NocEmail":"noc@oakexchangeservices.example","Notes":null,"PeeringDbId":null,"PeeringEmail":"peering@oakexchangeservices.example","PeeringPolicy":"Open","PolicyEmail":null,"Website":null}');
INSERT INTO AuditEntries VALUES(34,'2026-12-02 23:35:06.5395961','system','Create','Exchange','1','DEMO-IX Frankfurt',NULL,'{"City":"Frankfurt","Country":"DE","Id":-2147482647,"KeepFields":[],"Name":"DEMO-IX Frankfurt","PeeringDbId":null,"Website":"https://ix1.demo.example"}');
INSERT INTO AuditEntries VALUES(35,'2026-12-02 23:35:06.5395961','system','Create','Exchange','2','DEMO-IX Amsterdam',NULL,'{"City":"Amsterdam","Country":"NL","Id":-2147482646,"KeepFields":[],"Name":"DEMO-IX Amsterdam","PeeringDbId":null,"Website":"https://ix2.demo.example"}');
INSERT INTO AuditEntries VALUES(36,'2026-12-02 23:35:06.5395961','system','Create','PeeringLan','1','Peering LAN',NULL,'{"ExchangeId":-2147482647,"Id":-2147482647,"Ipv4Prefix":"192.0.2.0/24","Ipv6Prefix":"2001:db8:1::/64","Name":"Peering LAN","PeeringDbIxLanId":null,"PeeringManagerEnabled":true,"PeeringMatrixEnabled":true,"VlanId":100}');
INSERT INTO AuditEntries VALUES(37,'2026-12-02 23:35:06.5395961','system','Create','PeeringLan','2','Peering LAN',NULL,'{"ExchangeId":-2147482646,"Id":-2147482646,"Ipv4Prefix":"198.51.100.0/24","Ipv6Prefix":"2001:db8:2::/64","Name":"Peering LAN","PeeringDbIxLanId":null,"PeeringManagerEnabled":true,"PeeringMatrixEnabled":true,"VlanId":200}');
INSERT INTO AuditEntries VALUES(38,'2026-12-02 23:35:06.5395961','system','Create','Member','1','member 192.0.2.1',NULL,'{"Id":-2147482647,"Ipv4Address":"192.0.2.1","Ipv6Address":"2001:db8:1::1","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482647,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(39,'2026-12-02 23:35:06.5395961','system','Create','Member','2','member 198.51.100.1',NULL,'{"Id":-2147482646,"Ipv4Address":"198.51.100.1","Ipv6Address":"2001:db8:2::1","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482647,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(40,'2026-12-02 23:35:06.5395961','system','Create','Member','3','member 192.0.2.10',NULL,'{"Id":-2147482645,"Ipv4Address":"192.0.2.10","Ipv6Address":"2001:db8:1::a","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482646,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(41,'2026-12-02 23:35:06.5395961','system','Create','Member','4','member 198.51.100.10',NULL,'{"Id":-2147482644,"Ipv4Address":"198.51.100.10","Ipv6Address":"2001:db8:2::a","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482646,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(42,'2026-12-02 23:35:06.5395961','system','Create','Member','5','member 192.0.2.11',NULL,'{"Id":-2147482643,"Ipv4Address":"192.0.2.11","Ipv6Address":"2001:db8:1::b","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482645,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(43,'2026-12-02 23:35:06.5395961','system','Create','Member','6','member 192.0.2.12',NULL,'{"Id":-2147482642,"Ipv4Address":"192.0.2.12","Ipv6Address":"2001:db8:1::c","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482644,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(44,'2026-12-02 23:35:06.5395961','system','Create','Member','7','member 198.51.100.12',NULL,'{"Id":-2147482641,"Ipv4Address":"198.51.100.12","Ipv6Address":"2001:db8:2::c","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482644,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(45,'2026-12-02 23:35:06.5395961','system','Create','Member','8','member 192.0.2.13',NULL,'{"Id":-2147482640,"Ipv4Address":"192.0.2.13","Ipv6Address":"2001:db8:1::d","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482643,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(46,'2026-12-02 23:35:06.5395961','system','Create','Member','9','member 192.0.2.14',NULL,'{"Id":-2147482639,"Ipv4Address":"192.0.2.14","Ipv6Address":"2001:db8:1::e","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482642,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(47,'2026-12-02 23:35:06.5395961','system','Create','Member','10','member 198.51.100.14',NULL,'{"Id":-2147482638,"Ipv4Address":"198.51.100.14","Ipv6Address":"2001:db8:2::e","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482642,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(48,'2026-12-02 23:35:06.5395961','system','Create','Member','11','member 192.0.2.15',NULL,'{"Id":-2147482637,"Ipv4Address":"192.0.2.15","Ipv6Address":"2001:db8:1::f","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482641,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(49,'2026-12-02 23:35:06.5395961','system','Create','Member','12','member 192.0.2.16',NULL,'{"Id":-2147482636,"Ipv4Address":"192.0.2.16","Ipv6Address":"2001:db8:1::10","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482640,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(50,'2026-12-02 23:35:06.5395961','system','Create','Member','13','member 198.51.100.16',NULL,'{"Id":-2147482635,"Ipv4Address":"198.51.100.16","Ipv6Address":"2001:db8:2::10","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482640,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(51,'2026-12-02 23:35:06.5395961','system','Create','Member','14','member 192.0.2.17',NULL,'{"Id":-2147482634,"Ipv4Address":"192.0.2.17","Ipv6Address":"2001:db8:1::11","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482639,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(52,'2026-12-02 23:35:06.5395961','system','Create','Member','15','member 192.0.2.18',NULL,'{"Id":-2147482633,"Ipv4Address":"192.0.2.18","Ipv6Address":"2001:db8:1::12","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482638,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(53,'2026-12-02 23:35:06.5395961','system','Create','Member','16','member 198.51.100.18',NULL,'{"Id":-2147482632,"Ipv4Address":"198.51.100.18","Ipv6Address":"2001:db8:2::12","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482638,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(54,'2026-12-02 23:35:06.5395961','system','Create','Member','17','member 192.0.2.19',NULL,'{"Id":-2147482631,"Ipv4Address":"192.0.2.19","Ipv6Address":"2001:db8:1::13","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482637,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(55,'2026-12-02 23:35:06.5395961','system','Create','Member','18','member 192.0.2.20',NULL,'{"Id":-2147482630,"Ipv4Address":"192.0.2.20","Ipv6Address":"2001:db8:1::14","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482636,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(56,'2026-12-02 23:35:06.5395961','system','Create','Member','19','member 198.51.100.20',NULL,'{"Id":-2147482629,"Ipv4Address":"198.51.100.20","Ipv6Address":"2001:db8:2::14","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482636,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(57,'2026-12-02 23:35:06.5395961','system','Create','Member','20','member 192.0.2.21',NULL,'{"Id":-2147482628,"Ipv4Address":"192.0.2.21","Ipv6Address":"2001:db8:1::15","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482635,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(58,'2026-12-02 23:35:06.5395961','system','Create','Member','21','member 192.0.2.22',NULL,'{"Id":-2147482627,"Ipv4Address":"192.0.2.22","Ipv6Address":"2001:db8:1::16","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482634,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(59,'2026-12-02 23:35:06.5395961','system','Create','Member','22','member 198.51.100.22',NULL,'{"Id":-2147482626,"Ipv4Address":"198.51.100.22","Ipv6Address":"2001:db8:2::16","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482634,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(60,'2026-12-02 23:35:06.5395961','system','Create','Member','23','member 192.0.2.23',NULL,'{"Id":-2147482625,"Ipv4Address":"192.0.2.23","Ipv6Address":"2001:db8:1::17","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482633,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(61,'2026-12-02 23:35:06.5395961','system','Create','Member','24','member 192.0.2.24',NULL,'{"Id":-2147482624,"Ipv4Address":"192.0.2.24","Ipv6Address":"2001:db8:1::18","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482632,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(62,'2026-12-02 23:35:06.5395961','system','Create','Member','25','member 198.51.100.24',NULL,'{"Id":-2147482623,"Ipv4Address":"198.51.100.24","Ipv6Address":"2001:db8:2::18","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482632,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(63,'2026-12-02 23:35:06.5395961','system','Create','Member','26','member 192.0.2.25',NULL,'{"Id":-2147482622,"Ipv4Address":"192.0.2.25","Ipv6Address":"2001:db8:1::19","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482631,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(64,'2026-12-02 23:35:06.5395961','system','Create','Member','27','member 192.0.2.26',NULL,'{"Id":-2147482621,"Ipv4Address":"192.0.2.26","Ipv6Address":"2001:db8:1::1a","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482630,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(65,'2026-12-02 23:35:06.5395961','system','Create','Member','28','member 198.51.100.26',NULL,'{"Id":-2147482620,"Ipv4Address":"198.51.100.26","Ipv6Address":"2001:db8:2::1a","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482630,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(66,'2026-12-02 23:35:06.5395961','system','Create','Member','29','member 192.0.2.27',NULL,'{"Id":-2147482619,"Ipv4Address":"192.0.2.27","Ipv6Address":"2001:db8:1::1b","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482629,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(67,'2026-12-02 23:35:06.5395961','system','Create','Member','30','member 192.0.2.28',NULL,'{"Id":-2147482618,"Ipv4Address":"192.0.2.28","Ipv6Address":"2001:db8:1::1c","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482628,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(68,'2026-12-02 23:35:06.5395961','system','Create','Member','31','member 198.51.100.28',NULL,'{"Id":-2147482617,"Ipv4Address":"198.51.100.28","Ipv6Address":"2001:db8:2::1c","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482628,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(69,'2026-12-02 23:35:06.5395961','system','Create','Member','32','member 192.0.2.29',NULL,'{"Id":-2147482616,"Ipv4Address":"192.0.2.29","Ipv6Address":"2001:db8:1::1d","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482627,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(70,'2026-12-02 23:35:06.5395961','system','Create','Member','33','member 192.0.2.30',NULL,'{"Id":-2147482615,"Ipv4Address":"192.0.2.30","Ipv6Address":"2001:db8:1::1e","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482626,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(71,'2026-12-02 23:35:06.5395961','system','Create','Member','34','member 198.51.100.30',NULL,'{"Id":-2147482614,"Ipv4Address":"198.51.100.30","Ipv6Address":"2001:db8:2::1e","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482626,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(72,'2026-12-02 23:35:06.5395961','system','Create','Member','35','member 192.0.2.31',NULL,'{"Id":-2147482613,"Ipv4Address":"192.0.2.31","Ipv6Address":"2001:db8:1::1f","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482625,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(73,'2026-12-02 23:35:06.5395961','system','Create','Member','36','member 192.0.2.32',NULL,'{"Id":-2147482612,"Ipv4Address":"192.0.2.32","Ipv6Address":"2001:db8:1::20","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482624,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(74,'2026-12-02 23:35:06.5395961','system','Create','Member','37','member 198.51.100.32',NULL,'{"Id":-2147482611,"Ipv4Address":"198.51.100.32","Ipv6Address":"2001:db8:2::20","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482624,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(75,'2026-12-02 23:35:06.5395961','system','Create','Member','38','member 192.0.2.33',NULL,'{"Id":-2147482610,"Ipv4Address":"192.0.2.33","Ipv6Address":"2001:db8:1::21","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482623,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(76,'2026-12-02 23:35:06.5395961','system','Create','Member','39','member 192.0.2.34',NULL,'{"Id":-2147482609,"Ipv4Address":"192.0.2.34","Ipv6Address":"2001:db8:1::22","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482622,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(77,'2026-12-02 23:35:06.5395961','system','Create','Member','40','member 198.51.100.34',NULL,'{"Id":-2147482608,"Ipv4Address":"198.51.100.34","Ipv6Address":"2001:db8:2::22","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482622,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(78,'2026-12-02 23:35:06.5395961','system','Create','Member','41','member 192.0.2.35',NULL,'{"Id":-2147482607,"Ipv4Address":"192.0.2.35","Ipv6Address":"2001:db8:1::23","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482621,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(79,'2026-12-02 23:35:06.5395961','system','Create','Member','42','member 192.0.2.36',NULL,'{"Id":-2147482606,"Ipv4Address":"192.0.2.36","Ipv6Address":"2001:db8:1::24","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482620,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(80,'2026-12-02 23:35:06.5395961','system','Create','Member','43','member 198.51.100.36',NULL,'{"Id":-2147482605,"Ipv4Address":"198.51.100.36","Ipv6Address":"2001:db8:2::24","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482620,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(81,'2026-12-02 23:35:06.5395961','system','Create','Member','44','member 192.0.2.37',NULL,'{"Id":-2147482604,"Ipv4Address":"192.0.2.37","Ipv6Address":"2001:db8:1::25","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482619,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(82,'2026-12-02 23:35:06.5395961','system','Create','Member','45','member 192.0.2.38',NULL,'{"Id":-2147482603,"Ipv4Address":"192.0.2.38","Ipv6Address":"2001:db8:1::26","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482618,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(83,'2026-12-02 23:35:06.5395961','system','Create','Member','46','member 198.51.100.38',NULL,'{"Id":-2147482602,"Ipv4Address":"198.51.100.38","Ipv6Address":"2001:db8:2::26","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482618,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(84,'2026-12-02 23:35:06.5395961','system','Create','Member','47','member 192.0.2.39',NULL,'{"Id":-2147482601,"Ipv4Address":"192.0.2.39","Ipv6Address":"2001:db8:1::27","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482617,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(85,'2026-12-02 23:35:06.5395961','system','Create','Member','48','member 192.0.2.40',NULL,'{"Id":-2147482600,"Ipv4Address":"192.0.2.40","Ipv6Address":"2001:db8:1::28","IsRouteServerClient":true,"KeepFields":[],"NetworkId":-2147482616,"PeeringLanId":-2147482647}');
INSERT INTO AuditEntries VALUES(86,'2026-12-02 23:35:06.5395961','system','Create','Member','49','member 198.51.100.40',NULL,'{"Id":-2147482599,"Ipv4Address":"198.51.100.40","Ipv6Address":"2001:db8:2::28","IsRouteServerClient":false,"KeepFields":[],"NetworkId":-2147482616,"PeeringLanId":-2147482646}');
INSERT INTO AuditEntries VALUES(87,'2026-12-02 23:35:06.5395961','system','Create','Router','1','edge1.fra',NULL,'{"Address":"192.0.2.250","Enabled":false,"HostKey":null,"HostKeyFingerprint":null,"Id":-2147482647,"LastError":null,"LastPolledAt":null,"LocalAsn":64496,"Name":"edge1.fra","NetworkId":-2147482647,"Platform":"bird2","Reachable":null,"SshPort":22,"SshPrivateKeyProtected":null,"SshUser":"peeringhub","Transport":0}');
INSERT INTO AuditEntries VALUES(88,'2026-12-02 23:35:06.5395961','system','Create','Router','2','edge2.ams',NULL,'{"Address":"198.51.100.250","Enabled":false,"HostKey":null,"HostKeyFingerprint":null,"Id":-2147482646,"LastError":null,"LastPolledAt":null,"LocalAsn":64496,"Name":"edge2.ams","NetworkId":-2147482647,"Platform":"frr","Reachable":null,"SshPort":22,"SshPrivateKeyProtected":null,"SshUser":"peeringhub","Transport":0}');
INSERT INTO AuditEntries VALUES(89,'2026-12-02 23:35:06.5395961','system','Create','PeerGroup','1','IX-PEERS',NULL,'{"Description":"Bilateral exchange peers","ExportPolicy":null,"Id":-2147482647,"ImportPolicy":null,"Name":"IX-PEERS","RouterId":-2147482647}');
INSERT INTO AuditEntries VALUES(90,'2026-12-02 23:35:06.5395961','system','Create','PeerGroup','2','IX-PEERS',NULL,'{"Description":"Bilateral exchange peers","ExportPolicy":null,"Id":-2147482646,"ImportPolicy":null,"Name":"IX-PEERS","RouterId":-2147482646}');
INSERT INTO AuditEntries VALUES(91,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','11','AS64497 192.0.2.10',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Nordwind Transit (demo)","DesiredAdminState":0,"Id":-2147482647,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64497,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.10","PeerNetworkId":-2147482646,"PeeringLanId":-2147482647,"PrefixesAccepted":12,"PrefixesReceived":13,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-30T01:35:06.4643202Z","Type":0}');
INSERT INTO AuditEntries VALUES(92,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','12','AS64497 2001:db8:1::a',NULL,'{"AddressFamily":6,"AsSetName":null,"Description":"Nordwind Transit (demo)","DesiredAdminState":0,"Id":-2147482646,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64497,"PeerGroupId":-2147482647,"PeerIp":"2001:db8:1::a","PeerNetworkId":-2147482646,"PeeringLanId":-2147482647,"PrefixesAccepted":15,"PrefixesReceived":16,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-29T04:35:06.4643765Z","Type":0}');
INSERT INTO AuditEntries VALUES(93,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','13','AS64498 192.0.2.11',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Alpine Fibre (demo)","DesiredAdminState":0,"Id":-2147482645,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64498,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.11","PeerNetworkId":-2147482645,"PeeringLanId":-2147482647,"PrefixesAccepted":12,"PrefixesReceived":13,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-30T01:35:06.4643794Z","Type":0}');
INSERT INTO AuditEntries VALUES(94,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','14','AS64499 192.0.2.12',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Harbour Cloud (demo)","DesiredAdminState":0,"Id":-2147482644,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64499,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.12","PeerNetworkId":-2147482644,"PeeringLanId":-2147482647,"PrefixesAccepted":12,"PrefixesReceived":13,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-30T01:35:06.4643815Z","Type":0}');
INSERT INTO AuditEntries VALUES(95,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','15','AS64499 2001:db8:1::c',NULL,'{"AddressFamily":6,"AsSetName":null,"Description":"Harbour Cloud (demo)","DesiredAdminState":1,"Id":-2147482643,"LastError":"Socket: Connection refused","LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64499,"PeerGroupId":-2147482647,"PeerIp":"2001:db8:1::c","PeerNetworkId":-2147482644,"PeeringLanId":-2147482647,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":8,"StateSince":"2026-11-29T04:35:06.4643834Z","Type":0}');
INSERT INTO AuditEntries VALUES(96,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','16','AS64500 192.0.2.13',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Lakeside Broadband (demo)","DesiredAdminState":0,"Id":-2147482642,"LastError":"Socket: Connection refused","LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64500,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.13","PeerNetworkId":-2147482643,"PeeringLanId":-2147482647,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":3,"StateSince":"2026-11-30T01:35:06.4643864Z","Type":0}');
INSERT INTO AuditEntries VALUES(97,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','17','AS64501 192.0.2.14',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Meridian Hosting (demo)","DesiredAdminState":0,"Id":-2147482641,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64501,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.14","PeerNetworkId":-2147482642,"PeeringLanId":-2147482647,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":1,"StateSince":"2026-11-30T01:35:06.4643884Z","Type":0}');
INSERT INTO AuditEntries VALUES(98,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','18','AS64501 2001:db8:1::e',NULL,'{"AddressFamily":6,"AsSetName":null,"Description":"Meridian Hosting (demo)","DesiredAdminState":0,"Id":-2147482640,"LastError":"Socket: Connection refused","LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64501,"PeerGroupId":-2147482647,"PeerIp":"2001:db8:1::e","PeerNetworkId":-2147482642,"PeeringLanId":-2147482647,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":2,"StateSince":"2026-11-29T04:35:06.4643904Z","Type":0}');
INSERT INTO AuditEntries VALUES(99,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','19','AS64502 192.0.2.15',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Kestrel CDN (demo)","DesiredAdminState":0,"Id":-2147482639,"LastError":"Socket: Connection refused","LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64502,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.15","PeerNetworkId":-2147482641,"PeeringLanId":-2147482647,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":2,"StateSince":"2026-11-30T01:35:06.4643923Z","Type":0}');
INSERT INTO AuditEntries VALUES(100,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','20','AS64503 192.0.2.16',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Bluefjord Telecom (demo)","DesiredAdminState":0,"Id":-2147482638,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64503,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.16","PeerNetworkId":-2147482640,"PeeringLanId":-2147482647,"PrefixesAccepted":12,"PrefixesReceived":13,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-30T01:35:06.4643945Z","Type":0}');
INSERT INTO AuditEntries VALUES(101,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','21','AS64503 2001:db8:1::10',NULL,'{"AddressFamily":6,"AsSetName":null,"Description":"Bluefjord Telecom (demo)","DesiredAdminState":0,"Id":-2147482637,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64503,"PeerGroupId":-2147482647,"PeerIp":"2001:db8:1::10","PeerNetworkId":-2147482640,"PeeringLanId":-2147482647,"PrefixesAccepted":16,"PrefixesReceived":17,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-28T21:35:06.4643964Z","Type":0}');
INSERT INTO AuditEntries VALUES(102,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','22','AS64504 192.0.2.17',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Cedar Networks (demo)","DesiredAdminState":0,"Id":-2147482636,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64504,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.17","PeerNetworkId":-2147482639,"PeeringLanId":-2147482647,"PrefixesAccepted":12,"PrefixesReceived":13,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-30T01:35:06.4643983Z","Type":0}');
INSERT INTO AuditEntries VALUES(103,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','23','AS64505 192.0.2.18',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Orbit Streaming (demo)","DesiredAdminState":0,"Id":-2147482635,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64505,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.18","PeerNetworkId":-2147482638,"PeeringLanId":-2147482647,"PrefixesAccepted":12,"PrefixesReceived":13,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-30T01:35:06.4644002Z","Type":0}');
INSERT INTO AuditEntries VALUES(104,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','24','AS64505 2001:db8:1::12',NULL,'{"AddressFamily":6,"AsSetName":null,"Description":"Orbit Streaming (demo)","DesiredAdminState":0,"Id":-2147482634,"LastError":"Socket: Connection refused","LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64505,"PeerGroupId":-2147482647,"PeerIp":"2001:db8:1::12","PeerNetworkId":-2147482638,"PeeringLanId":-2147482647,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":3,"StateSince":"2026-11-28T21:35:06.4644021Z","Type":0}');
INSERT INTO AuditEntries VALUES(105,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','25','AS64506 192.0.2.19',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Granite Data Centres (demo)","DesiredAdminState":0,"Id":-2147482633,"LastError":"Socket: Connection refused","LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64506,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.19","PeerNetworkId":-2147482637,"PeeringLanId":-2147482647,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":3,"StateSince":"2026-11-30T01:35:06.464406Z","Type":0}');
INSERT INTO AuditEntries VALUES(106,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','26','AS64507 192.0.2.20',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Polaris Mobile (demo)","DesiredAdminState":0,"Id":-2147482632,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64507,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.20","PeerNetworkId":-2147482636,"PeeringLanId":-2147482647,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":1,"StateSince":"2026-11-30T01:35:06.4644081Z","Type":0}');
INSERT INTO AuditEntries VALUES(107,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','27','AS64507 2001:db8:1::14',NULL,'{"AddressFamily":6,"AsSetName":null,"Description":"Polaris Mobile (demo)","DesiredAdminState":0,"Id":-2147482631,"LastError":"Socket: Connection refused","LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64507,"PeerGroupId":-2147482647,"PeerIp":"2001:db8:1::14","PeerNetworkId":-2147482636,"PeeringLanId":-2147482647,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":2,"StateSince":"2026-11-28T21:35:06.4644099Z","Type":0}');
INSERT INTO AuditEntries VALUES(108,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','28','AS64508 192.0.2.21',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Riverbend ISP (demo)","DesiredAdminState":0,"Id":-2147482630,"LastError":"Socket: Connection refused","LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64508,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.21","PeerNetworkId":-2147482635,"PeeringLanId":-2147482647,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":2,"StateSince":"2026-11-30T01:35:06.4644121Z","Type":0}');
INSERT INTO AuditEntries VALUES(109,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','29','AS64509 192.0.2.22',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Summit Gaming (demo)","DesiredAdminState":0,"Id":-2147482629,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64509,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.22","PeerNetworkId":-2147482634,"PeeringLanId":-2147482647,"PrefixesAccepted":12,"PrefixesReceived":13,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-30T01:35:06.464414Z","Type":0}');
INSERT INTO AuditEntries VALUES(110,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','30','AS64509 2001:db8:1::16',NULL,'{"AddressFamily":6,"AsSetName":null,"Description":"Summit Gaming (demo)","DesiredAdminState":0,"Id":-2147482628,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64509,"PeerGroupId":-2147482647,"PeerIp":"2001:db8:1::16","PeerNetworkId":-2147482634,"PeeringLanId":-2147482647,"PrefixesAccepted":16,"PrefixesReceived":17,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-28T21:35:06.4644158Z","Type":0}');
INSERT INTO AuditEntries VALUES(111,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','31','AS64510 192.0.2.23',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Tundra Backbone (demo)","DesiredAdminState":0,"Id":-2147482627,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64510,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.23","PeerNetworkId":-2147482633,"PeeringLanId":-2147482647,"PrefixesAccepted":12,"PrefixesReceived":13,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-30T01:35:06.4644178Z","Type":0}');
INSERT INTO AuditEntries VALUES(112,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','32','AS64511 192.0.2.24',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Vega Content (demo)","DesiredAdminState":0,"Id":-2147482626,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64511,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.24","PeerNetworkId":-2147482632,"PeeringLanId":-2147482647,"PrefixesAccepted":12,"PrefixesReceived":13,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-30T01:35:06.4644198Z","Type":0}');
INSERT INTO AuditEntries VALUES(113,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','33','AS64511 2001:db8:1::18',NULL,'{"AddressFamily":6,"AsSetName":null,"Description":"Vega Content (demo)","DesiredAdminState":0,"Id":-2147482625,"LastError":"Socket: Connection refused","LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64511,"PeerGroupId":-2147482647,"PeerIp":"2001:db8:1::18","PeerNetworkId":-2147482632,"PeeringLanId":-2147482647,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":3,"StateSince":"2026-11-28T21:35:06.4644216Z","Type":0}');
INSERT INTO AuditEntries VALUES(114,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','34','AS65536 192.0.2.25',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Willow Access (demo)","DesiredAdminState":0,"Id":-2147482624,"LastError":"Socket: Connection refused","LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":65536,"PeerGroupId":-2147482647,"PeerIp":"192.0.2.25","PeerNetworkId":-2147482631,"PeeringLanId":-2147482647,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":3,"StateSince":"2026-11-30T01:35:06.4644236Z","Type":0}');
INSERT INTO AuditEntries VALUES(115,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','35','AS64497 198.51.100.10',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Nordwind Transit (demo)","DesiredAdminState":0,"Id":-2147482623,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64497,"PeerGroupId":-2147482646,"PeerIp":"198.51.100.10","PeerNetworkId":-2147482646,"PeeringLanId":-2147482646,"PrefixesAccepted":15,"PrefixesReceived":16,"RouterId":-2147482646,"RouterSessionName":null,"State":6,"StateSince":"2026-11-29T04:35:06.4644257Z","Type":0}');
INSERT INTO AuditEntries VALUES(116,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','36','AS64499 198.51.100.12',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Harbour Cloud (demo)","DesiredAdminState":0,"Id":-2147482622,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64499,"PeerGroupId":-2147482646,"PeerIp":"198.51.100.12","PeerNetworkId":-2147482644,"PeeringLanId":-2147482646,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482646,"RouterSessionName":null,"State":1,"StateSince":"2026-11-29T04:35:06.4644277Z","Type":0}');
INSERT INTO AuditEntries VALUES(117,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','37','AS64501 198.51.100.14',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Meridian Hosting (demo)","DesiredAdminState":0,"Id":-2147482621,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64501,"PeerGroupId":-2147482646,"PeerIp":"198.51.100.14","PeerNetworkId":-2147482642,"PeeringLanId":-2147482646,"PrefixesAccepted":15,"PrefixesReceived":16,"RouterId":-2147482646,"RouterSessionName":null,"State":6,"StateSince":"2026-11-29T04:35:06.4644295Z","Type":0}');
INSERT INTO AuditEntries VALUES(118,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','38','AS64503 198.51.100.16',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Bluefjord Telecom (demo)","DesiredAdminState":0,"Id":-2147482620,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64503,"PeerGroupId":-2147482646,"PeerIp":"198.51.100.16","PeerNetworkId":-2147482640,"PeeringLanId":-2147482646,"PrefixesAccepted":15,"PrefixesReceived":16,"RouterId":-2147482646,"RouterSessionName":null,"State":6,"StateSince":"2026-11-29T04:35:06.4644313Z","Type":0}');
INSERT INTO AuditEntries VALUES(119,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','39','AS64505 198.51.100.18',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Orbit Streaming (demo)","DesiredAdminState":0,"Id":-2147482619,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64505,"PeerGroupId":-2147482646,"PeerIp":"198.51.100.18","PeerNetworkId":-2147482638,"PeeringLanId":-2147482646,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482646,"RouterSessionName":null,"State":1,"StateSince":"2026-11-29T04:35:06.4644332Z","Type":0}');
INSERT INTO AuditEntries VALUES(120,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','1','AS64511 192.0.2.253',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"DEMO-IX Frankfurt RS1","DesiredAdminState":0,"Id":-2147482618,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64511,"PeerGroupId":null,"PeerIp":"192.0.2.253","PeerNetworkId":null,"PeeringLanId":-2147482647,"PrefixesAccepted":13,"PrefixesReceived":14,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-29T18:35:06.4644375Z","Type":2}');
INSERT INTO AuditEntries VALUES(121,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','2','AS64511 2001:db8:1::fd',NULL,'{"AddressFamily":6,"AsSetName":null,"Description":"DEMO-IX Frankfurt RS1","DesiredAdminState":0,"Id":-2147482617,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64511,"PeerGroupId":null,"PeerIp":"2001:db8:1::fd","PeerNetworkId":null,"PeeringLanId":-2147482647,"PrefixesAccepted":16,"PrefixesReceived":17,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-28T21:35:06.4644396Z","Type":2}');
INSERT INTO AuditEntries VALUES(122,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','3','AS64510 198.51.100.253',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"DEMO-IX Amsterdam RS1","DesiredAdminState":0,"Id":-2147482616,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64510,"PeerGroupId":null,"PeerIp":"198.51.100.253","PeerNetworkId":null,"PeeringLanId":-2147482646,"PrefixesAccepted":16,"PrefixesReceived":17,"RouterId":-2147482646,"RouterSessionName":null,"State":6,"StateSince":"2026-11-28T21:35:06.4644413Z","Type":2}');
INSERT INTO AuditEntries VALUES(123,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','4','AS64510 2001:db8:2::fd',NULL,'{"AddressFamily":6,"AsSetName":null,"Description":"DEMO-IX Amsterdam RS1","DesiredAdminState":0,"Id":-2147482615,"LastError":"Socket: Connection refused","LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64510,"PeerGroupId":null,"PeerIp":"2001:db8:2::fd","PeerNetworkId":null,"PeeringLanId":-2147482646,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482646,"RouterSessionName":null,"State":3,"StateSince":"2026-11-28T21:35:06.464443Z","Type":2}');
INSERT INTO AuditEntries VALUES(124,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','5','AS65541 203.0.113.1',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Ember Video (demo)","DesiredAdminState":0,"Id":-2147482614,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":65541,"PeerGroupId":null,"PeerIp":"203.0.113.1","PeerNetworkId":-2147482626,"PeeringLanId":null,"PrefixesAccepted":13,"PrefixesReceived":14,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-29T18:35:06.4644451Z","Type":1}');
INSERT INTO AuditEntries VALUES(125,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','6','AS65542 203.0.113.5',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Falcon Edge (demo)","DesiredAdminState":0,"Id":-2147482613,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":65542,"PeerGroupId":null,"PeerIp":"203.0.113.5","PeerNetworkId":-2147482625,"PeeringLanId":null,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":-2147482647,"RouterSessionName":null,"State":1,"StateSince":"2026-11-29T18:35:06.464447Z","Type":1}');
INSERT INTO AuditEntries VALUES(126,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','7','AS65543 203.0.113.9',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Glacier Web Services (demo)","DesiredAdminState":0,"Id":-2147482612,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":65543,"PeerGroupId":null,"PeerIp":"203.0.113.9","PeerNetworkId":-2147482624,"PeeringLanId":null,"PrefixesAccepted":13,"PrefixesReceived":14,"RouterId":-2147482646,"RouterSessionName":null,"State":6,"StateSince":"2026-11-29T18:35:06.4644487Z","Type":1}');
INSERT INTO AuditEntries VALUES(127,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','8','AS65543 2001:db8:ffff::9',NULL,'{"AddressFamily":6,"AsSetName":null,"Description":"Glacier Web Services (demo)","DesiredAdminState":0,"Id":-2147482611,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":65543,"PeerGroupId":null,"PeerIp":"2001:db8:ffff::9","PeerNetworkId":-2147482624,"PeeringLanId":null,"PrefixesAccepted":18,"PrefixesReceived":19,"RouterId":-2147482646,"RouterSessionName":null,"State":6,"StateSince":"2026-11-28T07:35:06.4644504Z","Type":1}');
INSERT INTO AuditEntries VALUES(128,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','9','AS64496 203.0.113.254',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"iBGP edge2.ams","DesiredAdminState":0,"Id":-2147482610,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64496,"PeerGroupId":null,"PeerIp":"203.0.113.254","PeerNetworkId":-2147482647,"PeeringLanId":null,"PrefixesAccepted":15,"PrefixesReceived":16,"RouterId":-2147482647,"RouterSessionName":null,"State":6,"StateSince":"2026-11-29T04:35:06.4644522Z","Type":3}');
INSERT INTO AuditEntries VALUES(129,'2026-12-02 23:35:06.5395961','system','Create','BgpSession','10','AS64496 203.0.113.253',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"iBGP edge1.fra","DesiredAdminState":0,"Id":-2147482609,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":null,"Notes":null,"PeerAsn":64496,"PeerGroupId":null,"PeerIp":"203.0.113.253","PeerNetworkId":-2147482647,"PeeringLanId":null,"PrefixesAccepted":15,"PrefixesReceived":16,"RouterId":-2147482646,"RouterSessionName":null,"State":6,"StateSince":"2026-11-29T04:35:06.4644549Z","Type":3}');
INSERT INTO AuditEntries VALUES(130,'2026-12-02 23:35:23.53971','admin','Create','BgpSession','40','AS65541 203.0.113.77',NULL,'{"AddressFamily":4,"AsSetName":null,"Description":"Made by net9 main","DesiredAdminState":0,"Id":-2147482608,"LastError":null,"LastPolledAt":null,"LocalAsn":null,"MaxPrefix":null,"Md5PasswordProtected":"********","Notes":null,"PeerAsn":65541,"PeerGroupId":null,"PeerIp":"203.0.113.77","PeerNetworkId":null,"PeeringLanId":null,"PrefixesAccepted":null,"PrefixesReceived":null,"RouterId":1,"RouterSessionName":null,"State":0,"StateSince":null,"Type":1}');
CREATE TABLE IF NOT EXISTS "Exchanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Exchanges" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "City" TEXT NULL,
    "Country" TEXT NULL,
    "Website" TEXT NULL,
    "PeeringDbId" INTEGER NULL,
    "Version" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL
, "KeepFields" TEXT NOT NULL DEFAULT '[]');
INSERT INTO Exchanges VALUES(1,'DEMO-IX Frankfurt','Frankfurt','DE','https://ix1.demo.example',NULL,'5D031A14-1259-42E4-8108-36941210B85F','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Exchanges VALUES(2,'DEMO-IX Amsterdam','Amsterdam','NL','https://ix2.demo.example',NULL,'3517A74D-D4B1-4570-9535-D3FBA18EA4DE','2026-12-02 23:35:06.5395961','system','[]');
CREATE TABLE IF NOT EXISTS "Networks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Networks" PRIMARY KEY AUTOINCREMENT,
    "Asn" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "IsOurs" INTEGER NOT NULL,
    "IrrAsSet" TEXT NULL,
    "PeeringDbId" INTEGER NULL,
    "PeeringPolicy" TEXT NULL,
    "Website" TEXT NULL,
    "NocEmail" TEXT NULL,
    "PeeringEmail" TEXT NULL,
    "PolicyEmail" TEXT NULL,
    "MaxPrefixV4" INTEGER NULL,
    "MaxPrefixV6" INTEGER NULL,
    "Notes" TEXT NULL,
    "Version" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL, "KeepFields" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "CK_Networks_Asn" CHECK ("Asn" BETWEEN 1 AND 4294967295)
);
INSERT INTO Networks VALUES(1,64496,'PeeringHub Demo Net (ours)',1,'AS-PHDEMO',NULL,'Open',NULL,'noc@demo.example','peering@demo.example',NULL,50,20,'Demo data','332A0EBD-83A3-4D72-9EE4-A013045CA4E4','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(2,64497,'Nordwind Transit (demo)',0,'AS-NORDWIND',NULL,'Open',NULL,'noc@nordwindtransit.example','peering@nordwindtransit.example',NULL,10,5,NULL,'740384DC-C0FA-4F36-8A21-4F5018494142','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(3,64498,'Alpine Fibre (demo)',0,'AS-ALPINE',NULL,'Selective',NULL,'noc@alpinefibre.example','peering@alpinefibre.example',NULL,17,8,NULL,'C591135C-274E-46A7-8099-E6E47E032260','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(4,64499,'Harbour Cloud (demo)',0,'AS-HARBOUR',NULL,'Restrictive',NULL,'noc@harbourcloud.example','peering@harbourcloud.example',NULL,24,11,NULL,'99A8597E-7A5D-42F1-840A-2DA9828F8339','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(5,64500,'Lakeside Broadband (demo)',0,'AS-LAKESIDE',NULL,'Open',NULL,'noc@lakesidebroadband.example','peering@lakesidebroadband.example',NULL,31,14,NULL,'C51BCD63-F8EF-4A41-9048-93B51A616CB1','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(6,64501,'Meridian Hosting (demo)',0,'AS-MERIDIAN',NULL,'Selective',NULL,'noc@meridianhosting.example','peering@meridianhosting.example',NULL,38,17,NULL,'CBA98034-EFDF-4C2A-917E-51640393AC5D','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(7,64502,'Kestrel CDN (demo)',0,'AS-KESTREL',NULL,'Restrictive',NULL,'noc@kestrelcdn.example','peering@kestrelcdn.example',NULL,45,20,NULL,'3219E243-2A92-4E7F-A923-E659C0045CA4','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(8,64503,'Bluefjord Telecom (demo)',0,'AS-BLUEFJORD',NULL,'Open',NULL,'noc@bluefjordtelecom.example','peering@bluefjordtelecom.example',NULL,52,23,NULL,'AFEE67AD-9343-4D38-BF96-F95FC6283080','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(9,64504,'Cedar Networks (demo)',0,'AS-CEDAR',NULL,'Selective',NULL,'noc@cedarnetworks.example','peering@cedarnetworks.example',NULL,59,26,NULL,'10EAC42B-9BBF-46F8-8C5C-34C39BBF0845','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(10,64505,'Orbit Streaming (demo)',0,'AS-ORBIT',NULL,'Restrictive',NULL,'noc@orbitstreaming.example','peering@orbitstreaming.example',NULL,66,29,NULL,'3352775D-7E34-4FC0-8FC4-4EB08D1A0F74','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(11,64506,'Granite Data Centres (demo)',0,'AS-GRANITE',NULL,'Open',NULL,'noc@granitedatacentres.example','peering@granitedatacentres.example',NULL,73,32,NULL,'CC0D2B95-F6AD-4A0D-B00E-EB9F1AC65B49','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(12,64507,'Polaris Mobile (demo)',0,'AS-POLARIS',NULL,'Selective',NULL,'noc@polarismobile.example','peering@polarismobile.example',NULL,80,35,NULL,'3D0BA3D4-A801-4BDE-BA3A-AAE8EAE54C84','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(13,64508,'Riverbend ISP (demo)',0,'AS-RIVERBEND',NULL,'Restrictive',NULL,'noc@riverbendisp.example','peering@riverbendisp.example',NULL,87,38,NULL,'D6FD9FD1-3785-4969-BE43-E74E8908D937','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(14,64509,'Summit Gaming (demo)',0,'AS-SUMMIT',NULL,'Open',NULL,'noc@summitgaming.example','peering@summitgaming.example',NULL,94,41,NULL,'76DF99DE-7AEF-4CD8-A9C9-36F6BB0005A1','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(15,64510,'Tundra Backbone (demo)',0,'AS-TUNDRA',NULL,'Selective',NULL,'noc@tundrabackbone.example','peering@tundrabackbone.example',NULL,101,44,NULL,'EE10B9A7-00A5-4768-9304-54A0D5C350BD','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(16,64511,'Vega Content (demo)',0,'AS-VEGA',NULL,'Restrictive',NULL,'noc@vegacontent.example','peering@vegacontent.example',NULL,108,47,NULL,'D8AF6811-5495-473B-A68C-EA039CFBC27A','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(17,65536,'Willow Access (demo)',0,'AS-WILLOW',NULL,'Open',NULL,'noc@willowaccess.example','peering@willowaccess.example',NULL,115,50,NULL,'17C81634-6E5F-488D-8008-647B3A0F2D69','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(18,65537,'Atlas Carrier (demo)',0,'AS-ATLAS',NULL,'Selective',NULL,'noc@atlascarrier.example','peering@atlascarrier.example',NULL,122,53,NULL,'11858FE1-CF30-46A6-8F60-94E921CAE32D','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(19,65538,'Beacon DNS (demo)',0,'AS-BEACON',NULL,'Restrictive',NULL,'noc@beacondns.example','peering@beacondns.example',NULL,129,56,NULL,'83D9446F-0598-4720-96BF-6A23DD031240','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(20,65539,'Copperline Cable (demo)',0,'AS-COPPERLINE',NULL,'Open',NULL,'noc@copperlinecable.example','peering@copperlinecable.example',NULL,136,59,NULL,'688579C8-98B5-42E2-930C-C9C3585AD93C','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(21,65540,'Delta Research Net (demo)',0,'AS-DELTA',NULL,'Selective',NULL,'noc@deltaresearchnet.example','peering@deltaresearchnet.example',NULL,143,62,NULL,'607DC82B-69E9-4ADB-8936-4CD1252F49C7','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(22,65541,'Ember Video (demo)',0,'AS-EMBER',NULL,'Restrictive',NULL,'noc@embervideo.example','peering@embervideo.example',NULL,150,65,NULL,'9D31A3CA-47BA-4C51-85AB-3E9B3C5A0B95','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(23,65542,'Falcon Edge (demo)',0,'AS-FALCON',NULL,'Open',NULL,'noc@falconedge.example','peering@falconedge.example',NULL,157,68,NULL,'8F228569-75EC-4029-BD78-3CDE84F98EDE','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(24,65543,'Glacier Web Services (demo)',0,'AS-GLACIER',NULL,'Selective',NULL,'noc@glacierwebservices.example','peering@glacierwebservices.example',NULL,164,71,NULL,'7CBA237E-8E11-4DA3-ADC8-0482B8C85FD4','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(25,65544,'Horizon Satellite (demo)',0,'AS-HORIZON',NULL,'Restrictive',NULL,'noc@horizonsatellite.example','peering@horizonsatellite.example',NULL,171,74,NULL,'758556CB-77D0-4BDD-AD85-3FF814302FD3','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(26,65545,'Ion University Network (demo)',0,'AS-ION',NULL,'Open',NULL,'noc@ionuniversitynetwork.example','peering@ionuniversitynetwork.example',NULL,178,77,NULL,'B76F63C8-753F-47A6-BE45-A4FEF5FD283F','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(27,65546,'Juniper Valley Wireless (demo)',0,'AS-JUNIPER',NULL,'Selective',NULL,'noc@junipervalleywireless.example','peering@junipervalleywireless.example',NULL,185,80,NULL,'6530510B-DB15-40E5-84AF-E6292CE781C9','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(28,65547,'Krypton Security (demo)',0,'AS-KRYPTON',NULL,'Restrictive',NULL,'noc@kryptonsecurity.example','peering@kryptonsecurity.example',NULL,192,83,NULL,'0C701AFA-9FE2-4920-9F77-7B5ADE771CE9','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(29,65548,'Lumen Archive (demo)',0,'AS-LUMEN',NULL,'Open',NULL,'noc@lumenarchive.example','peering@lumenarchive.example',NULL,199,86,NULL,'3AF9AE02-B907-46B9-A7CE-D1740D4687D3','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(30,65549,'Maple Municipal Net (demo)',0,'AS-MAPLE',NULL,'Selective',NULL,'noc@maplemunicipalnet.example','peering@maplemunicipalnet.example',NULL,206,89,NULL,'9E05694F-CF5B-45A7-A372-02E9B8042E87','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(31,65550,'Nimbus Storage (demo)',0,'AS-NIMBUS',NULL,'Restrictive',NULL,'noc@nimbusstorage.example','peering@nimbusstorage.example',NULL,213,92,NULL,'053A93E7-5D0F-4F0B-9E5D-A5180638B124','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Networks VALUES(32,65551,'Oak Exchange Services (demo)',0,'AS-OAK',NULL,'Open',NULL,'noc@oakexchangeservices.example','peering@oakexchangeservices.example',NULL,220,95,NULL,'5453C1FE-5DFE-47DB-B853-0D0F6532AE81','2026-12-02 23:35:06.5395961','system','[]');
CREATE TABLE IF NOT EXISTS "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "PeeringLans" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PeeringLans" PRIMARY KEY AUTOINCREMENT,
    "ExchangeId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "VlanId" INTEGER NULL,
    "Ipv4Prefix" TEXT NULL,
    "Ipv6Prefix" TEXT NULL,
    "PeeringManagerEnabled" INTEGER NOT NULL,
    "PeeringMatrixEnabled" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL, "PeeringDbIxLanId" INTEGER NULL,
    CONSTRAINT "CK_PeeringLans_Ipv4Prefix" CHECK ("Ipv4Prefix" IS NULL OR ((instr("Ipv4Prefix", ':') = 0 AND instr("Ipv4Prefix", '.') > 0) AND instr("Ipv4Prefix", '/') > 0)),
    CONSTRAINT "CK_PeeringLans_Ipv6Prefix" CHECK ("Ipv6Prefix" IS NULL OR (instr("Ipv6Prefix", ':') > 0 AND instr("Ipv6Prefix", '/') > 0)),
    CONSTRAINT "CK_PeeringLans_VlanId" CHECK ("VlanId" IS NULL OR "VlanId" BETWEEN 1 AND 4094),
    CONSTRAINT "FK_PeeringLans_Exchanges_ExchangeId" FOREIGN KEY ("ExchangeId") REFERENCES "Exchanges" ("Id") ON DELETE CASCADE
);
INSERT INTO PeeringLans VALUES(1,1,'Peering LAN',100,'192.0.2.0/24','2001:db8:1::/64',1,1,'54006F5C-36C6-4679-823C-09CF262C7F86','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO PeeringLans VALUES(2,2,'Peering LAN',200,'198.51.100.0/24','2001:db8:2::/64',1,1,'3870CB41-66BB-4481-868A-7D59187D012D','2026-12-02 23:35:06.5395961','system',NULL);
CREATE TABLE IF NOT EXISTS "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "NetworkId" INTEGER NULL,
    "Theme" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Networks_NetworkId" FOREIGN KEY ("NetworkId") REFERENCES "Networks" ("Id") ON DELETE SET NULL
);
INSERT INTO AspNetUsers VALUES('71f13390-85b0-4b10-aa82-d7b6b5889bc8',NULL,'light','admin','ADMIN','admin@peeringhub.local','ADMIN@PEERINGHUB.LOCAL',0,'AQAAAAIAAYagAAAAECzLWahpvf19zgejvNJSI+9VC88QNlrIg776VpFGzEX/4wJtEqSLJsbZtkXVDaxEJA==','CVSJQEB3MMJAQFCXIBWHO6MIJQYC5O2O','669399a2-b86e-4090-b48e-0868ff670011',NULL,0,0,NULL,1,0);
CREATE TABLE IF NOT EXISTS "Routers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Routers" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Platform" TEXT NOT NULL,
    "Transport" INTEGER NOT NULL,
    "Address" TEXT NOT NULL,
    "SshPort" INTEGER NOT NULL,
    "SshUser" TEXT NOT NULL,
    "SshPrivateKeyProtected" TEXT NULL,
    "HostKey" TEXT NULL,
    "HostKeyFingerprint" TEXT NULL,
    "LocalAsn" INTEGER NOT NULL,
    "NetworkId" INTEGER NULL,
    "Enabled" INTEGER NOT NULL,
    "LastPolledAt" TEXT NULL,
    "Reachable" INTEGER NULL,
    "LastError" TEXT NULL,
    "Version" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    CONSTRAINT "CK_Routers_LocalAsn" CHECK ("LocalAsn" BETWEEN 1 AND 4294967295),
    CONSTRAINT "CK_Routers_SshPort" CHECK ("SshPort" BETWEEN 1 AND 65535),
    CONSTRAINT "FK_Routers_Networks_NetworkId" FOREIGN KEY ("NetworkId") REFERENCES "Networks" ("Id") ON DELETE SET NULL
);
INSERT INTO Routers VALUES(1,'edge1.fra','bird2',0,'192.0.2.250',22,'peeringhub',NULL,NULL,NULL,64496,1,0,NULL,NULL,NULL,'D3E64F0D-FD7C-4EE3-9D3B-BCE495B45802','2026-12-02 23:35:06.5395961','system');
INSERT INTO Routers VALUES(2,'edge2.ams','frr',0,'198.51.100.250',22,'peeringhub',NULL,NULL,NULL,64496,1,0,NULL,NULL,NULL,'B3E6E17B-3304-44FC-B773-7C63CDF70A0E','2026-12-02 23:35:06.5395961','system');
CREATE TABLE IF NOT EXISTS "DetectedSessions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DetectedSessions" PRIMARY KEY AUTOINCREMENT,
    "PeeringLanId" INTEGER NOT NULL,
    "AddressFamily" INTEGER NOT NULL,
    "AddressA" TEXT NOT NULL,
    "AddressB" TEXT NOT NULL,
    "FirstSeen" TEXT NOT NULL,
    "LastSeen" TEXT NOT NULL,
    "Samples" INTEGER NOT NULL,
    "PayloadSamples" INTEGER NOT NULL,
    "ReverseSamples" INTEGER NOT NULL,
    CONSTRAINT "CK_DetectedSessions_Family" CHECK ("AddressFamily" IN (4, 6)),
    CONSTRAINT "FK_DetectedSessions_PeeringLans_PeeringLanId" FOREIGN KEY ("PeeringLanId") REFERENCES "PeeringLans" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Members" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Members" PRIMARY KEY AUTOINCREMENT,
    "NetworkId" INTEGER NOT NULL,
    "PeeringLanId" INTEGER NOT NULL,
    "Ipv4Address" TEXT NULL,
    "Ipv6Address" TEXT NULL,
    "IsRouteServerClient" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL, "KeepFields" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "CK_Members_HasAddress" CHECK ("Ipv4Address" IS NOT NULL OR "Ipv6Address" IS NOT NULL),
    CONSTRAINT "CK_Members_Ipv4" CHECK ("Ipv4Address" IS NULL OR (instr("Ipv4Address", ':') = 0 AND instr("Ipv4Address", '.') > 0)),
    CONSTRAINT "CK_Members_Ipv6" CHECK ("Ipv6Address" IS NULL OR instr("Ipv6Address", ':') > 0),
    CONSTRAINT "FK_Members_Networks_NetworkId" FOREIGN KEY ("NetworkId") REFERENCES "Networks" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Members_PeeringLans_PeeringLanId" FOREIGN KEY ("PeeringLanId") REFERENCES "PeeringLans" ("Id") ON DELETE CASCADE
);
INSERT INTO Members VALUES(1,1,1,'192.0.2.1','2001:db8:1::1',1,'715CDCD0-5480-4C3B-A582-0E8184A6FA62','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(2,1,2,'198.51.100.1','2001:db8:2::1',1,'F2AF6E3A-9CE5-4063-855D-890B3E7DE19A','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(3,2,1,'192.0.2.10','2001:db8:1::a',0,'822FF008-4F85-438D-8B1B-DFF715425A42','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(4,2,2,'198.51.100.10','2001:db8:2::a',0,'7E12470F-956C-4589-BD67-99D2D4C5AC9F','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(5,3,1,'192.0.2.11','2001:db8:1::b',1,'D059955D-5063-4E30-9983-DB2B4330A2F8','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(6,4,1,'192.0.2.12','2001:db8:1::c',1,'5C05D45D-783D-4D28-AC4F-CE7212FD3D33','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(7,4,2,'198.51.100.12','2001:db8:2::c',1,'E2C49137-BF89-4525-9C6A-2ED19E95E6DD','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(8,5,1,'192.0.2.13','2001:db8:1::d',1,'140C0B54-142F-4527-A6DE-C641E8687EC8','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(9,6,1,'192.0.2.14','2001:db8:1::e',0,'330E296C-B9EF-4B6D-BA26-BD75108E2774','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(10,6,2,'198.51.100.14','2001:db8:2::e',1,'3362702A-A7D7-4BA5-A099-D8629DD2C988','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(11,7,1,'192.0.2.15','2001:db8:1::f',1,'CF0E9701-B4DD-453B-B33E-364A3ACBABD9','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(12,8,1,'192.0.2.16','2001:db8:1::10',1,'6CC5923F-22FB-4E0B-8623-CB20D0E19956','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(13,8,2,'198.51.100.16','2001:db8:2::10',0,'4C3DC8ED-629C-4855-A0F8-C1B1FCE69F01','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(14,9,1,'192.0.2.17','2001:db8:1::11',1,'02D349FE-AD50-4C38-85E4-AFFBFA7437A6','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(15,10,1,'192.0.2.18','2001:db8:1::12',0,'C8D44157-24DE-4D5A-AAC2-46DFEB24A8EB','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(16,10,2,'198.51.100.18','2001:db8:2::12',1,'1A851675-1469-410D-B7C5-572D4D853938','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(17,11,1,'192.0.2.19','2001:db8:1::13',1,'21C64EDD-5F00-4971-9E8E-47F3996EC1A7','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(18,12,1,'192.0.2.20','2001:db8:1::14',1,'45A17829-A72C-47B4-A172-4CAC77BCFDEF','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(19,12,2,'198.51.100.20','2001:db8:2::14',1,'2D70C24B-9C20-4A31-A836-08712214AA8C','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(20,13,1,'192.0.2.21','2001:db8:1::15',1,'017BB701-A4AB-499A-9E9B-7C1E86E21E53','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(21,14,1,'192.0.2.22','2001:db8:1::16',0,'8DBB5206-AFDE-4826-A7D2-53C3F9EC763C','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(22,14,2,'198.51.100.22','2001:db8:2::16',0,'1775A4D4-F305-46B8-BE5A-47EBC8569293','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(23,15,1,'192.0.2.23','2001:db8:1::17',1,'40686395-C629-4D75-BBCA-EC2BF152EAD7','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(24,16,1,'192.0.2.24','2001:db8:1::18',1,'BB80ECF3-32E2-45DA-91B1-46998557A27B','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(25,16,2,'198.51.100.24','2001:db8:2::18',1,'742DAB91-CEFD-4FD8-B909-379E45C1BA2F','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(26,17,1,'192.0.2.25','2001:db8:1::19',1,'2E4A482D-827C-4DD7-928B-74648262C57B','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(27,18,1,'192.0.2.26','2001:db8:1::1a',0,'D6B55CC8-E692-41E9-BDFA-6198F6689533','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(28,18,2,'198.51.100.26','2001:db8:2::1a',1,'643DDFF6-6D60-464D-80E3-FA5EBF77B79C','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(29,19,1,'192.0.2.27','2001:db8:1::1b',1,'BFC84FD7-E79E-45D6-A990-13E1611D7B23','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(30,20,1,'192.0.2.28','2001:db8:1::1c',1,'2CC63E0B-BF19-4919-A634-7D435C5FDBE8','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(31,20,2,'198.51.100.28','2001:db8:2::1c',0,'50B8ACD4-ABA3-4BE8-B46F-FBF6DEC22CFF','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(32,21,1,'192.0.2.29','2001:db8:1::1d',1,'BCF47F18-412A-4D29-9E70-942D456FB9C6','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(33,22,1,'192.0.2.30','2001:db8:1::1e',0,'4A4F9466-E8EA-4848-9F7F-4998DFE877FE','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(34,22,2,'198.51.100.30','2001:db8:2::1e',1,'17182F9B-E5F0-4DA5-B8EB-ED78EEF33E0C','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(35,23,1,'192.0.2.31','2001:db8:1::1f',1,'97100F1D-0CEA-45A3-98C2-DD5C20ACFA7A','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(36,24,1,'192.0.2.32','2001:db8:1::20',1,'95655541-6A49-468A-84B1-2A416B8EF4CA','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(37,24,2,'198.51.100.32','2001:db8:2::20',1,'2B195D40-2CC2-43A7-A86D-92743D8A825B','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(38,25,1,'192.0.2.33','2001:db8:1::21',1,'997D2754-1D8E-47DD-AC26-EE638DB74049','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(39,26,1,'192.0.2.34','2001:db8:1::22',0,'6616C61F-29BF-48B5-B60D-10376B702F7E','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(40,26,2,'198.51.100.34','2001:db8:2::22',0,'58C1E71C-63F5-4EEE-BE67-B1F59BB16C62','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(41,27,1,'192.0.2.35','2001:db8:1::23',1,'B3127B05-9DE3-4F9C-8E43-111F1FC65F53','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(42,28,1,'192.0.2.36','2001:db8:1::24',1,'0C1CC06D-B77C-4171-8905-A5E4792D6046','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(43,28,2,'198.51.100.36','2001:db8:2::24',1,'B8F43A57-6F6E-41ED-A7C3-37E81D16815A','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(44,29,1,'192.0.2.37','2001:db8:1::25',1,'E8C8AB87-6BBA-4C6F-924C-CA5F82E50C79','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(45,30,1,'192.0.2.38','2001:db8:1::26',0,'D3BD5EE1-AC0C-4439-A81D-9CD409522C3D','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(46,30,2,'198.51.100.38','2001:db8:2::26',1,'CA1AFBF9-1B96-443D-BC1B-9594554C0EA6','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(47,31,1,'192.0.2.39','2001:db8:1::27',1,'3AA5600A-DBDE-4D90-845A-85F9C4512971','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(48,32,1,'192.0.2.40','2001:db8:1::28',1,'2C7371A8-C7BF-493E-B399-6614FEAB88E7','2026-12-02 23:35:06.5395961','system','[]');
INSERT INTO Members VALUES(49,32,2,'198.51.100.40','2001:db8:2::28',0,'D0080FBC-F1BE-4387-A593-42E26835060A','2026-12-02 23:35:06.5395961','system','[]');
CREATE TABLE IF NOT EXISTS "PeeringRelations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PeeringRelations" PRIMARY KEY AUTOINCREMENT,
    "ViewingNetworkId" INTEGER NOT NULL,
    "PeerNetworkId" INTEGER NOT NULL,
    "PeeringLanId" INTEGER NOT NULL,
    "Mark" INTEGER NOT NULL,
    "Notes" TEXT NULL,
    "LastRequestSentAt" TEXT NULL,
    "RequestCount" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    CONSTRAINT "CK_PeeringRelations_NotSelf" CHECK ("ViewingNetworkId" <> "PeerNetworkId"),
    CONSTRAINT "FK_PeeringRelations_Networks_PeerNetworkId" FOREIGN KEY ("PeerNetworkId") REFERENCES "Networks" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PeeringRelations_Networks_ViewingNetworkId" FOREIGN KEY ("ViewingNetworkId") REFERENCES "Networks" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PeeringRelations_PeeringLans_PeeringLanId" FOREIGN KEY ("PeeringLanId") REFERENCES "PeeringLans" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "ApiTokens" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApiTokens" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastUsedAt" TEXT NULL,
    "RevokedAt" TEXT NULL,
    CONSTRAINT "FK_ApiTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
INSERT INTO ApiTokens VALUES(1,'71f13390-85b0-4b10-aa82-d7b6b5889bc8','bootstrap','ph_net9_mi','5306DDE8C39EC63FDBE19C149C1D8ABC511AEC964C8A93123E683AC213842A39','2026-12-02 23:35:06.2724724','2026-12-02 23:35:23.4133046',NULL);
CREATE TABLE IF NOT EXISTS "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
INSERT INTO AspNetUserRoles VALUES('71f13390-85b0-4b10-aa82-d7b6b5889bc8','5d3d55d4-c73a-4e7c-bca8-6cc46f3292e2');
CREATE TABLE IF NOT EXISTS "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "PeerGroups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PeerGroups" PRIMARY KEY AUTOINCREMENT,
    "RouterId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NULL,
    "ImportPolicy" TEXT NULL,
    "ExportPolicy" TEXT NULL,
    "Version" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    CONSTRAINT "FK_PeerGroups_Routers_RouterId" FOREIGN KEY ("RouterId") REFERENCES "Routers" ("Id") ON DELETE CASCADE
);
INSERT INTO PeerGroups VALUES(1,1,'IX-PEERS','Bilateral exchange peers',NULL,NULL,'D19DFCA2-4011-42AF-A070-E167E280987D','2026-12-02 23:35:06.5395961','system');
INSERT INTO PeerGroups VALUES(2,2,'IX-PEERS','Bilateral exchange peers',NULL,NULL,'290C7853-CDCF-47BB-BBF5-C1ADD75B5DDC','2026-12-02 23:35:06.5395961','system');
CREATE TABLE IF NOT EXISTS "PeeringRequests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PeeringRequests" PRIMARY KEY AUTOINCREMENT,
    "PeeringRelationId" INTEGER NOT NULL,
    "SentAt" TEXT NOT NULL,
    "SentBy" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "Cc" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "MarkedOnly" INTEGER NOT NULL,
    "TestMode" INTEGER NOT NULL,
    CONSTRAINT "FK_PeeringRequests_PeeringRelations_PeeringRelationId" FOREIGN KEY ("PeeringRelationId") REFERENCES "PeeringRelations" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Sessions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sessions" PRIMARY KEY AUTOINCREMENT,
    "Type" INTEGER NOT NULL,
    "RouterId" INTEGER NOT NULL,
    "PeeringLanId" INTEGER NULL,
    "PeerGroupId" INTEGER NULL,
    "PeerNetworkId" INTEGER NULL,
    "PeerAsn" INTEGER NOT NULL,
    "PeerIp" TEXT NOT NULL,
    "AddressFamily" INTEGER NOT NULL,
    "LocalAsn" INTEGER NULL,
    "Md5PasswordProtected" TEXT NULL,
    "AsSetName" TEXT NULL,
    "Description" TEXT NULL,
    "Notes" TEXT NULL,
    "MaxPrefix" INTEGER NULL,
    "DesiredAdminState" INTEGER NOT NULL,
    "State" INTEGER NOT NULL,
    "StateSince" TEXT NULL,
    "PrefixesReceived" INTEGER NULL,
    "PrefixesAccepted" INTEGER NULL,
    "LastError" TEXT NULL,
    "LastPolledAt" TEXT NULL,
    "Version" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL, "RouterSessionName" TEXT NULL,
    CONSTRAINT "CK_Sessions_Family" CHECK (("AddressFamily" = 4 AND (instr("PeerIp", ':') = 0 AND instr("PeerIp", '.') > 0)) OR ("AddressFamily" = 6 AND instr("PeerIp", ':') > 0)),
    CONSTRAINT "CK_Sessions_LocalAsn" CHECK ("LocalAsn" IS NULL OR "LocalAsn" BETWEEN 1 AND 4294967295),
    CONSTRAINT "CK_Sessions_PeerAsn" CHECK ("PeerAsn" BETWEEN 1 AND 4294967295),
    CONSTRAINT "FK_Sessions_Networks_PeerNetworkId" FOREIGN KEY ("PeerNetworkId") REFERENCES "Networks" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Sessions_PeerGroups_PeerGroupId" FOREIGN KEY ("PeerGroupId") REFERENCES "PeerGroups" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Sessions_PeeringLans_PeeringLanId" FOREIGN KEY ("PeeringLanId") REFERENCES "PeeringLans" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Sessions_Routers_RouterId" FOREIGN KEY ("RouterId") REFERENCES "Routers" ("Id") ON DELETE RESTRICT
);
INSERT INTO Sessions VALUES(1,2,1,1,NULL,NULL,64511,'192.0.2.253',4,NULL,NULL,NULL,'DEMO-IX Frankfurt RS1',NULL,NULL,0,6,'2026-11-29 18:35:06.4644375',14,13,NULL,NULL,'1914D118-5F4A-4ABD-A2C9-5843CEBBAAB0','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(2,2,1,1,NULL,NULL,64511,'2001:db8:1::fd',6,NULL,NULL,NULL,'DEMO-IX Frankfurt RS1',NULL,NULL,0,6,'2026-11-28 21:35:06.4644396',17,16,NULL,NULL,'38119F71-DF03-40B1-A568-BB91D9BF0632','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(3,2,2,2,NULL,NULL,64510,'198.51.100.253',4,NULL,NULL,NULL,'DEMO-IX Amsterdam RS1',NULL,NULL,0,6,'2026-11-28 21:35:06.4644413',17,16,NULL,NULL,'E157A84C-A466-4285-BC97-335631BABE4F','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(4,2,2,2,NULL,NULL,64510,'2001:db8:2::fd',6,NULL,NULL,NULL,'DEMO-IX Amsterdam RS1',NULL,NULL,0,3,'2026-11-28 21:35:06.464443',NULL,NULL,'Socket: Connection refused',NULL,'9764ADB8-0601-4B71-B877-471FA6A15344','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(5,1,1,NULL,NULL,22,65541,'203.0.113.1',4,NULL,NULL,NULL,'Ember Video (demo)',NULL,NULL,0,6,'2026-11-29 18:35:06.4644451',14,13,NULL,NULL,'D0D78B05-2143-4CB5-9B7F-E283DF4C2D4E','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(6,1,1,NULL,NULL,23,65542,'203.0.113.5',4,NULL,NULL,NULL,'Falcon Edge (demo)',NULL,NULL,0,1,'2026-11-29 18:35:06.464447',NULL,NULL,NULL,NULL,'670BE7EF-94AD-403D-85A4-FB29548D821C','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(7,1,2,NULL,NULL,24,65543,'203.0.113.9',4,NULL,NULL,NULL,'Glacier Web Services (demo)',NULL,NULL,0,6,'2026-11-29 18:35:06.4644487',14,13,NULL,NULL,'7582326C-B23E-4D85-840F-3B6A396B54C3','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(8,1,2,NULL,NULL,24,65543,'2001:db8:ffff::9',6,NULL,NULL,NULL,'Glacier Web Services (demo)',NULL,NULL,0,6,'2026-11-28 07:35:06.4644504',19,18,NULL,NULL,'D66FE8B3-FA1C-434F-AF20-ADE8E5860CA6','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(9,3,1,NULL,NULL,1,64496,'203.0.113.254',4,NULL,NULL,NULL,'iBGP edge2.ams',NULL,NULL,0,6,'2026-11-29 04:35:06.4644522',16,15,NULL,NULL,'264BF05B-A080-4782-AFE1-E4E1735AAC2B','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(10,3,2,NULL,NULL,1,64496,'203.0.113.253',4,NULL,NULL,NULL,'iBGP edge1.fra',NULL,NULL,0,6,'2026-11-29 04:35:06.4644549',16,15,NULL,NULL,'E7E887EF-79BD-4527-B4D4-92727CED1574','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(11,0,1,1,1,2,64497,'192.0.2.10',4,NULL,NULL,NULL,'Nordwind Transit (demo)',NULL,NULL,0,6,'2026-11-30 01:35:06.4643202',13,12,NULL,NULL,'F7503C6F-FDEF-42E6-9FED-AC4C497D8E2F','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(12,0,1,1,1,2,64497,'2001:db8:1::a',6,NULL,NULL,NULL,'Nordwind Transit (demo)',NULL,NULL,0,6,'2026-11-29 04:35:06.4643765',16,15,NULL,NULL,'A96E7444-A61B-4BE3-832B-49AC77D79CFD','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(13,0,1,1,1,3,64498,'192.0.2.11',4,NULL,NULL,NULL,'Alpine Fibre (demo)',NULL,NULL,0,6,'2026-11-30 01:35:06.4643794',13,12,NULL,NULL,'0C781345-9367-42FC-82C4-E669EF821CA6','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(14,0,1,1,1,4,64499,'192.0.2.12',4,NULL,NULL,NULL,'Harbour Cloud (demo)',NULL,NULL,0,6,'2026-11-30 01:35:06.4643815',13,12,NULL,NULL,'2EEBC7E4-B5E5-440F-A650-E019F1D7E995','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(15,0,1,1,1,4,64499,'2001:db8:1::c',6,NULL,NULL,NULL,'Harbour Cloud (demo)',NULL,NULL,1,8,'2026-11-29 04:35:06.4643834',NULL,NULL,'Socket: Connection refused',NULL,'6345C577-D681-4E26-8660-86C6F78D37A9','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(16,0,1,1,1,5,64500,'192.0.2.13',4,NULL,NULL,NULL,'Lakeside Broadband (demo)',NULL,NULL,0,3,'2026-11-30 01:35:06.4643864',NULL,NULL,'Socket: Connection refused',NULL,'DC417739-03A0-4770-AF83-4FEECF17A0CE','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(17,0,1,1,1,6,64501,'192.0.2.14',4,NULL,NULL,NULL,'Meridian Hosting (demo)',NULL,NULL,0,1,'2026-11-30 01:35:06.4643884',NULL,NULL,NULL,NULL,'F6809731-5E36-463D-AE74-EB1A0D37783E','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(18,0,1,1,1,6,64501,'2001:db8:1::e',6,NULL,NULL,NULL,'Meridian Hosting (demo)',NULL,NULL,0,2,'2026-11-29 04:35:06.4643904',NULL,NULL,'Socket: Connection refused',NULL,'CB186BC2-6A82-46A9-BA31-BC56BAD237D7','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(19,0,1,1,1,7,64502,'192.0.2.15',4,NULL,NULL,NULL,'Kestrel CDN (demo)',NULL,NULL,0,2,'2026-11-30 01:35:06.4643923',NULL,NULL,'Socket: Connection refused',NULL,'E180C61A-D067-4153-BFE0-05E82026EE9B','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(20,0,1,1,1,8,64503,'192.0.2.16',4,NULL,NULL,NULL,'Bluefjord Telecom (demo)',NULL,NULL,0,6,'2026-11-30 01:35:06.4643945',13,12,NULL,NULL,'12A057AC-2E8B-4592-86D8-F0FAA050BCBC','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(21,0,1,1,1,8,64503,'2001:db8:1::10',6,NULL,NULL,NULL,'Bluefjord Telecom (demo)',NULL,NULL,0,6,'2026-11-28 21:35:06.4643964',17,16,NULL,NULL,'1CC75828-1F93-41B2-B541-9B17DCB6E2AE','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(22,0,1,1,1,9,64504,'192.0.2.17',4,NULL,NULL,NULL,'Cedar Networks (demo)',NULL,NULL,0,6,'2026-11-30 01:35:06.4643983',13,12,NULL,NULL,'32485334-E59F-4E30-9A5D-A3578DB5BBD7','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(23,0,1,1,1,10,64505,'192.0.2.18',4,NULL,NULL,NULL,'Orbit Streaming (demo)',NULL,NULL,0,6,'2026-11-30 01:35:06.4644002',13,12,NULL,NULL,'3DEA7752-3E49-4058-8EE0-1629567F1D19','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(24,0,1,1,1,10,64505,'2001:db8:1::12',6,NULL,NULL,NULL,'Orbit Streaming (demo)',NULL,NULL,0,3,'2026-11-28 21:35:06.4644021',NULL,NULL,'Socket: Connection refused',NULL,'FC9F1CE6-98A8-4D20-BA0C-03E9054B7E7F','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(25,0,1,1,1,11,64506,'192.0.2.19',4,NULL,NULL,NULL,'Granite Data Centres (demo)',NULL,NULL,0,3,'2026-11-30 01:35:06.464406',NULL,NULL,'Socket: Connection refused',NULL,'9C32FB7C-6402-4ABF-9515-19ADEAA03CD9','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(26,0,1,1,1,12,64507,'192.0.2.20',4,NULL,NULL,NULL,'Polaris Mobile (demo)',NULL,NULL,0,1,'2026-11-30 01:35:06.4644081',NULL,NULL,NULL,NULL,'9AF6ECDA-C9AF-4C9E-8861-71B8AA5E1008','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(27,0,1,1,1,12,64507,'2001:db8:1::14',6,NULL,NULL,NULL,'Polaris Mobile (demo)',NULL,NULL,0,2,'2026-11-28 21:35:06.4644099',NULL,NULL,'Socket: Connection refused',NULL,'40F9FEE2-98E6-48DF-AC8F-7DD791AF65B9','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(28,0,1,1,1,13,64508,'192.0.2.21',4,NULL,NULL,NULL,'Riverbend ISP (demo)',NULL,NULL,0,2,'2026-11-30 01:35:06.4644121',NULL,NULL,'Socket: Connection refused',NULL,'E05DAB45-A2A6-42AB-8799-B00DA397B0B0','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(29,0,1,1,1,14,64509,'192.0.2.22',4,NULL,NULL,NULL,'Summit Gaming (demo)',NULL,NULL,0,6,'2026-11-30 01:35:06.464414',13,12,NULL,NULL,'4FD0A3A9-389C-41DC-81F2-38B1A8B6373D','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(30,0,1,1,1,14,64509,'2001:db8:1::16',6,NULL,NULL,NULL,'Summit Gaming (demo)',NULL,NULL,0,6,'2026-11-28 21:35:06.4644158',17,16,NULL,NULL,'A656F918-0007-4366-B680-76BBC91BCD88','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(31,0,1,1,1,15,64510,'192.0.2.23',4,NULL,NULL,NULL,'Tundra Backbone (demo)',NULL,NULL,0,6,'2026-11-30 01:35:06.4644178',13,12,NULL,NULL,'13237F9D-0473-40E2-AFA4-6524AFCFFD16','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(32,0,1,1,1,16,64511,'192.0.2.24',4,NULL,NULL,NULL,'Vega Content (demo)',NULL,NULL,0,6,'2026-11-30 01:35:06.4644198',13,12,NULL,NULL,'C622981D-61B8-4C96-B565-3E95645ACF06','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(33,0,1,1,1,16,64511,'2001:db8:1::18',6,NULL,NULL,NULL,'Vega Content (demo)',NULL,NULL,0,3,'2026-11-28 21:35:06.4644216',NULL,NULL,'Socket: Connection refused',NULL,'0CFC9BDE-547F-48BA-A2AA-6F84A76C3BBE','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(34,0,1,1,1,17,65536,'192.0.2.25',4,NULL,NULL,NULL,'Willow Access (demo)',NULL,NULL,0,3,'2026-11-30 01:35:06.4644236',NULL,NULL,'Socket: Connection refused',NULL,'53414133-C10A-4D12-99C1-F4B0E54575B3','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(35,0,2,2,2,2,64497,'198.51.100.10',4,NULL,NULL,NULL,'Nordwind Transit (demo)',NULL,NULL,0,6,'2026-11-29 04:35:06.4644257',16,15,NULL,NULL,'70C4313F-5F75-45DB-87B4-EC6C4382C2D5','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(36,0,2,2,2,4,64499,'198.51.100.12',4,NULL,NULL,NULL,'Harbour Cloud (demo)',NULL,NULL,0,1,'2026-11-29 04:35:06.4644277',NULL,NULL,NULL,NULL,'4EE9F1DA-7601-49D4-BDEC-F3E13625D5C3','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(37,0,2,2,2,6,64501,'198.51.100.14',4,NULL,NULL,NULL,'Meridian Hosting (demo)',NULL,NULL,0,6,'2026-11-29 04:35:06.4644295',16,15,NULL,NULL,'BF502E5E-03CE-4BC9-B59F-5B9997F3D451','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(38,0,2,2,2,8,64503,'198.51.100.16',4,NULL,NULL,NULL,'Bluefjord Telecom (demo)',NULL,NULL,0,6,'2026-11-29 04:35:06.4644313',16,15,NULL,NULL,'2390FA1C-A558-47DF-A710-8A21F7C084B2','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(39,0,2,2,2,10,64505,'198.51.100.18',4,NULL,NULL,NULL,'Orbit Streaming (demo)',NULL,NULL,0,1,'2026-11-29 04:35:06.4644332',NULL,NULL,NULL,NULL,'BD2093CC-337D-48F9-8000-3F9B4480CAF9','2026-12-02 23:35:06.5395961','system',NULL);
INSERT INTO Sessions VALUES(40,1,1,NULL,NULL,NULL,65541,'203.0.113.77',4,NULL,'CfDJ8AxC058_wLVGqEPLnpb4faaMaNAFFoif0tP1aiRbpR86Dqg9ELBVVLpZEfTl38YAh4Fa12R5AIm9gWG6fMftG4m01Efww_FAlR9KffRDQyD4Zjly8FKPMCPF-GsAefhgwg',NULL,'Made by net9 main',NULL,NULL,0,0,NULL,NULL,NULL,NULL,NULL,'96F336B1-10DC-4E8B-8AC9-13946DF6D5B6','2026-12-02 23:35:23.53971','admin',NULL);
CREATE TABLE IF NOT EXISTS "SessionStateChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SessionStateChanges" PRIMARY KEY AUTOINCREMENT,
    "SessionId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "OldState" INTEGER NOT NULL,
    "NewState" INTEGER NOT NULL,
    "Reason" TEXT NULL,
    CONSTRAINT "FK_SessionStateChanges_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Pdb_fac" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pdb_fac" PRIMARY KEY,
    "OrgId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "City" TEXT NULL,
    "Country" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Created" TEXT NOT NULL,
    "Updated" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Pdb_ix" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pdb_ix" PRIMARY KEY,
    "OrgId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "City" TEXT NULL,
    "Country" TEXT NULL,
    "Website" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Created" TEXT NOT NULL,
    "Updated" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Pdb_ixlan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pdb_ixlan" PRIMARY KEY,
    "IxId" INTEGER NOT NULL,
    "Name" TEXT NULL,
    "Mtu" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "Created" TEXT NOT NULL,
    "Updated" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Pdb_ixpfx" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pdb_ixpfx" PRIMARY KEY,
    "IxLanId" INTEGER NOT NULL,
    "Protocol" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Created" TEXT NOT NULL,
    "Updated" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Pdb_net" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pdb_net" PRIMARY KEY,
    "OrgId" INTEGER NOT NULL,
    "Asn" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "IrrAsSet" TEXT NULL,
    "InfoPrefixes4" INTEGER NULL,
    "InfoPrefixes6" INTEGER NULL,
    "PolicyGeneral" TEXT NULL,
    "Website" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Created" TEXT NOT NULL,
    "Updated" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Pdb_netfac" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pdb_netfac" PRIMARY KEY,
    "NetId" INTEGER NOT NULL,
    "FacId" INTEGER NOT NULL,
    "LocalAsn" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Created" TEXT NOT NULL,
    "Updated" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Pdb_netixlan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pdb_netixlan" PRIMARY KEY,
    "NetId" INTEGER NOT NULL,
    "IxId" INTEGER NOT NULL,
    "IxLanId" INTEGER NOT NULL,
    "Asn" INTEGER NOT NULL,
    "Ipaddr4" TEXT NULL,
    "Ipaddr6" TEXT NULL,
    "IsRsPeer" INTEGER NOT NULL,
    "Speed" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Created" TEXT NOT NULL,
    "Updated" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Pdb_org" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pdb_org" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Website" TEXT NULL,
    "City" TEXT NULL,
    "Country" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Created" TEXT NOT NULL,
    "Updated" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Pdb_poc" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pdb_poc" PRIMARY KEY,
    "NetId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Email" TEXT NULL,
    "Visible" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Created" TEXT NOT NULL,
    "Updated" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Pdb_SyncState" (
    "Endpoint" TEXT NOT NULL CONSTRAINT "PK_Pdb_SyncState" PRIMARY KEY,
    "Since" INTEGER NULL,
    "LastSuccessAt" TEXT NULL,
    "LastAttemptAt" TEXT NULL,
    "LastUpserted" INTEGER NOT NULL,
    "LastDeleted" INTEGER NOT NULL,
    "LastError" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "PeeringManagerSettings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PeeringManagerSettings" PRIMARY KEY,
    "Enabled" INTEGER NOT NULL,
    "DefaultLanId" INTEGER NULL,
    "DetectionWindowDays" INTEGER NOT NULL,
    "RepeatWarningDays" INTEGER NOT NULL,
    "OrganisationName" TEXT NULL,
    "OrganisationEmail" TEXT NULL,
    "OrganisationPhone" TEXT NULL,
    "OrganisationWeb" TEXT NULL,
    "OrganisationNocEmail" TEXT NULL,
    "TestMode" INTEGER NOT NULL,
    "TestAddress" TEXT NULL,
    "TestNote" INTEGER NOT NULL,
    "TestDate" INTEGER NOT NULL,
    "SmtpHost" TEXT NULL,
    "SmtpPort" INTEGER NOT NULL,
    "SmtpStartTls" INTEGER NOT NULL,
    "SmtpUser" TEXT NULL,
    "SmtpPasswordProtected" TEXT NULL,
    "MailFrom" TEXT NULL,
    "RequestTemplate" TEXT NULL,
    "Version" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    CONSTRAINT "CK_PeeringManagerSettings_Single" CHECK ("Id" = 1)
);
CREATE TABLE IF NOT EXISTS "SentMails" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SentMails" PRIMARY KEY AUTOINCREMENT,
    "SentAt" TEXT NOT NULL,
    "SentBy" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "FromNetworkId" INTEGER NOT NULL,
    "PeerNetworkId" INTEGER NOT NULL,
    "SessionId" INTEGER NULL,
    "To" TEXT NOT NULL,
    "Cc" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "TestMode" INTEGER NOT NULL,
    CONSTRAINT "FK_SentMails_Networks_FromNetworkId" FOREIGN KEY ("FromNetworkId") REFERENCES "Networks" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SentMails_Networks_PeerNetworkId" FOREIGN KEY ("PeerNetworkId") REFERENCES "Networks" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SentMails_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id") ON DELETE SET NULL
);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('ApiTokens',1);
INSERT INTO sqlite_sequence VALUES('AuditEntries',130);
INSERT INTO sqlite_sequence VALUES('Exchanges',2);
INSERT INTO sqlite_sequence VALUES('Networks',32);
INSERT INTO sqlite_sequence VALUES('PeeringLans',2);
INSERT INTO sqlite_sequence VALUES('Routers',2);
INSERT INTO sqlite_sequence VALUES('Members',49);
INSERT INTO sqlite_sequence VALUES('PeerGroups',2);
INSERT INTO sqlite_sequence VALUES('Sessions',40);
CREATE UNIQUE INDEX "IX_ApiTokens_TokenHash" ON "ApiTokens" ("TokenHash");
CREATE UNIQUE INDEX "IX_ApiTokens_UserId_Name" ON "ApiTokens" ("UserId", "Name");
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE INDEX "IX_AspNetUsers_NetworkId" ON "AspNetUsers" ("NetworkId");
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
CREATE UNIQUE INDEX "IX_AsSets_Name_Source" ON "AsSets" ("Name", "Source");
CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");
CREATE INDEX "IX_AuditEntries_ObjectType_ObjectId" ON "AuditEntries" ("ObjectType", "ObjectId");
CREATE UNIQUE INDEX "IX_DetectedSessions_PeeringLanId_AddressA_AddressB" ON "DetectedSessions" ("PeeringLanId", "AddressA", "AddressB");
CREATE UNIQUE INDEX "IX_Exchanges_Name" ON "Exchanges" ("Name");
CREATE INDEX "IX_Members_NetworkId" ON "Members" ("NetworkId");
CREATE UNIQUE INDEX "IX_Members_PeeringLanId_Ipv4Address" ON "Members" ("PeeringLanId", "Ipv4Address");
CREATE UNIQUE INDEX "IX_Members_PeeringLanId_Ipv6Address" ON "Members" ("PeeringLanId", "Ipv6Address");
CREATE UNIQUE INDEX "IX_Networks_Asn" ON "Networks" ("Asn");
CREATE UNIQUE INDEX "IX_PeerGroups_RouterId_Name" ON "PeerGroups" ("RouterId", "Name");
CREATE UNIQUE INDEX "IX_PeeringLans_ExchangeId_Name" ON "PeeringLans" ("ExchangeId", "Name");
CREATE INDEX "IX_PeeringRelations_PeeringLanId" ON "PeeringRelations" ("PeeringLanId");
CREATE INDEX "IX_PeeringRelations_PeerNetworkId" ON "PeeringRelations" ("PeerNetworkId");
CREATE UNIQUE INDEX "IX_PeeringRelations_ViewingNetworkId_PeerNetworkId_PeeringLanId" ON "PeeringRelations" ("ViewingNetworkId", "PeerNetworkId", "PeeringLanId");
CREATE INDEX "IX_PeeringRequests_PeeringRelationId" ON "PeeringRequests" ("PeeringRelationId");
CREATE UNIQUE INDEX "IX_Routers_Name" ON "Routers" ("Name");
CREATE INDEX "IX_Routers_NetworkId" ON "Routers" ("NetworkId");
CREATE INDEX "IX_Sessions_PeerGroupId" ON "Sessions" ("PeerGroupId");
CREATE INDEX "IX_Sessions_PeeringLanId" ON "Sessions" ("PeeringLanId");
CREATE INDEX "IX_Sessions_PeerNetworkId" ON "Sessions" ("PeerNetworkId");
CREATE UNIQUE INDEX "IX_Sessions_RouterId_PeerIp" ON "Sessions" ("RouterId", "PeerIp");
CREATE INDEX "IX_Sessions_State" ON "Sessions" ("State");
CREATE INDEX "IX_SessionStateChanges_SessionId_At" ON "SessionStateChanges" ("SessionId", "At");
CREATE TRIGGER "TR_Sessions_LanFamily_INSERT" BEFORE INSERT ON "Sessions" WHEN NEW."PeeringLanId" IS NOT NULL AND (
  (NEW."AddressFamily" = 4 AND (SELECT "Ipv4Prefix" FROM "PeeringLans" WHERE "Id" = NEW."PeeringLanId") IS NULL) OR
  (NEW."AddressFamily" = 6 AND (SELECT "Ipv6Prefix" FROM "PeeringLans" WHERE "Id" = NEW."PeeringLanId") IS NULL))
BEGIN SELECT RAISE(ABORT, 'session address family has no prefix on its peering LAN'); END;
CREATE TRIGGER "TR_Members_LanFamily_INSERT" BEFORE INSERT ON "Members" WHEN (NEW."Ipv4Address" IS NOT NULL AND (SELECT "Ipv4Prefix" FROM "PeeringLans" WHERE "Id" = NEW."PeeringLanId") IS NULL) OR
(NEW."Ipv6Address" IS NOT NULL AND (SELECT "Ipv6Prefix" FROM "PeeringLans" WHERE "Id" = NEW."PeeringLanId") IS NULL)
BEGIN SELECT RAISE(ABORT, 'member address family has no prefix on its peering LAN'); END;
CREATE TRIGGER "TR_Sessions_LanFamily_UPDATE" BEFORE UPDATE ON "Sessions" WHEN NEW."PeeringLanId" IS NOT NULL AND (
  (NEW."AddressFamily" = 4 AND (SELECT "Ipv4Prefix" FROM "PeeringLans" WHERE "Id" = NEW."PeeringLanId") IS NULL) OR
  (NEW."AddressFamily" = 6 AND (SELECT "Ipv6Prefix" FROM "PeeringLans" WHERE "Id" = NEW."PeeringLanId") IS NULL))
BEGIN SELECT RAISE(ABORT, 'session address family has no prefix on its peering LAN'); END;
CREATE TRIGGER "TR_Members_LanFamily_UPDATE" BEFORE UPDATE ON "Members" WHEN (NEW."Ipv4Address" IS NOT NULL AND (SELECT "Ipv4Prefix" FROM "PeeringLans" WHERE "Id" = NEW."PeeringLanId") IS NULL) OR
(NEW."Ipv6Address" IS NOT NULL AND (SELECT "Ipv6Prefix" FROM "PeeringLans" WHERE "Id" = NEW."PeeringLanId") IS NULL)
BEGIN SELECT RAISE(ABORT, 'member address family has no prefix on its peering LAN'); END;
CREATE INDEX "IX_Pdb_ixlan_IxId" ON "Pdb_ixlan" ("IxId");
CREATE INDEX "IX_Pdb_ixpfx_IxLanId" ON "Pdb_ixpfx" ("IxLanId");
CREATE INDEX "IX_Pdb_net_Asn" ON "Pdb_net" ("Asn");
CREATE INDEX "IX_Pdb_netfac_NetId" ON "Pdb_netfac" ("NetId");
CREATE INDEX "IX_Pdb_netixlan_IxLanId" ON "Pdb_netixlan" ("IxLanId");
CREATE INDEX "IX_Pdb_netixlan_NetId" ON "Pdb_netixlan" ("NetId");
CREATE INDEX "IX_Pdb_poc_NetId" ON "Pdb_poc" ("NetId");
CREATE INDEX "IX_SentMails_FromNetworkId" ON "SentMails" ("FromNetworkId");
CREATE INDEX "IX_SentMails_PeerNetworkId_SentAt" ON "SentMails" ("PeerNetworkId", "SentAt");
CREATE INDEX "IX_SentMails_SessionId_SentAt" ON "SentMails" ("SessionId", "SentAt");
COMMIT;
