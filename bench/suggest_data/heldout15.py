"""FIFTEENTH HELD-OUT phrasing bank (v15): FROZEN. Written and committed before any tuning of the
fifteenth round, before reading the rule code or last round's misses; never tuned on; the
aggregate figures are looked at once, at the end.

A fictional salmon and mussel farming company ("Skerrivik Havbruk Samvirke": sea pens in a fjord and
lagoon farms abroad, feed barges, a freshwater hatchery, a smolt station, a well-boat fleet, a harvest and
packing plant, a fish-health team and a net workshop) instead of a university, retailer,
manufacturer, council, shipping company, law firm, hotel group, water utility, broadcaster,
airport, mine, performing-arts trust, zoo, mountain resort or wine cooperative. Its own systems
(pen cameras, feed barge control, sea-lice counts, hatchery water quality, well-boat planning,
fish grading, ROV net inspection, export health certificates), staff numbers written "SKV" plus
digits; the closure habits of one more desk ("same as earlier one", "call dropped, nothing said", "sent to
fleet desk"), trial tickets of other shapes, machine mail of shapes earlier banks did not use
(Zabbix/PRTG/Grafana style, dissolved-oxygen alarms, barge generator faults, UPS on battery,
SNMP link traps, Veeam warnings, out-of-office replies in Catalan, Occitan, Romansh,
Sardinian, Hawaiian and Fijian), printer status of other shapes, real requests that LOOK
machine-like (well-boat bookings with refs, tonnes and timestamps, feed orders with codes, dive
team slots, site visitor permits, crew changes), names of other languages (Catalan, Occitan,
Romansh, Sardinian, Hawaiian, Fijian), generic password, lockout, MFA and expiry requests spelt with
in-house app names, abbreviations (pword, pswd, pw, sign-on, OTP, 2-step) and languages earlier
banks did not use, covered device and network topics written the same way, and eight gap topics
whose words the evaluation KB lacks or uses in another sense (a "pen" holds fish; a "count" is of
sea lice; a "certificate" is a veterinary export paper; a "grade" is a fish size class; some gap
subjects mention signing in although the problem is not signing in).
Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a farm site, ``{line}`` a pen or cage number.
"""

ORG = "Skerrivik Havbruk Samvirke"
DOMAIN = "skerrivik-havbruk.example.net"
START = "2028-02-07"
DAYS = 29
OUTLIER_DATES = ("1977-04-04 04:04:04", "2071-11-11 11:11:00", "2003-06-06 06:06:06", "1995-01-01 00:00:01",
                 "2099-10-08 09:19:29", "2016-02-29 12:00:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Jordi Montserrat Núria Arnau Roser Pau Mirèlha Bernat Joanon Clamença Guilhèm Ladina Gian Men
Flurina Curdin Bainvgia Gavino Bonaria Efisio Giommaria Tzia Keola Leilani Kainoa Māhealani Pualani Sakiusa Litia Mereoni
Jone Vilimaina""".split()

LAST_NAMES = """Puigdomènech Vilaseca Castellví Ferrer i Roig Esteve Rocafort Fabre Delpech Bonnafous Cazals Cadruvi
Caminada Darms Tscharner Derungs Sanna Porcu Pinna Pittalis Murgia Kahananui Kealoha Nāone Akana Ravuvu Tuilau
Qarase Nailatikau""".split()

APPS = ["Merdline", "Fodra", "Lusaskra", "Klekkstod", "Brunnur", "Gradex", "Notvakt", "Vetcert", "Slaktbok",
        "Tidewise", "Kajak HR", "Sjovarp"]

DEPTS = ["Sea Sites", "Feed Operations", "Hatchery", "Smolt Station", "Fleet", "Harvest Plant", "Fish Health",
         "Net Workshop", "Quality & Export", "Payroll", "Environment", "Workshop"]
BUILDINGS = ["Feed barge", "Hatchery hall", "Smolt house", "Packing plant", "Net loft", "Fleet office",
             "Fish health lab", "Quay shed"]
PLANTS = ["Ravnsvik", "Kvalnes", "Delta de l'Ebre", "Tau lagoon", "Sent trout farm", "Kāneʻohe", "Savusavu"]
PLANT_CODES = ["RVK", "KVN", "GTV", "SRM"]
ID_PREFIXES = ["SKV", "WB-", "FHL"]
SENDERS = ["zabbix", "prtg", "grafana", "o2watch", "ups-mon", "veeam"]
HOST_PARTS = ["rvk-barge", "kvn-cam", "gtv-hatch", "srm-o2", "rvk-nvr", "kvn-plc", "gtv-fw", "srm-esx",
              "rvk-grader", "kvn-ups"]
SERVICES = ["PenCamRelay", "FeedLink", "LiceUpload", "OxyBridge", "GraderSync", "CertGateway"]
JOBS = ["LICE_WEEKLY_SUBMIT", "BIOMASS_NIGHTLY", "FEED_RECON", "HARVEST_EXPORT", "PAYRUN_FISHERS", "TRACE_LABELS"]
PRINTER_MODELS = ["Brother HL-L6415DW", "Konica Minolta bizhub C251i mono", "Sharp BP-50M31 mono",
                  "Xerox VersaLink C625 MFP", "Honeywell PM45 label"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["same as earlier one", "call dropped, nothing said", "sent to fleet desk", "see the one before", ".", "!!", "nil", "..",
                "tried back, no answer", "caller hung up early", "came right by itself", "auto-closed no response",
                "sorted face to face", "not an IT matter", "fyi only", "message passed on", "gone quiet",
                "{LAST} {FIRST} ?", "{FIRST}", "phone {first} back", "{last} from the quay", "Sens subjècte", "Senza object",
                "Sense assumpte", "Sentza tema", "ʻAʻohe kumuhana", "Sega ni ulutaga", "x", "qwerty", "sorted already, ta",
                "done over phone", "caller withdrew it", "merged into other ticket", "logged as change", "no action"]
TESTS = ["please ignore - test {num}", "TEST TEST {num}{num}", "trial ticket only", "routing test fleet desk",
         "connector smoke test {num}", "training ticket for new starter", "e-mail intake test", "check only, close",
         "Merdline webhook test", "tst", "escalation clock test", "t.e.s.t", "agent onboarding sample {num}"]
ALERTS = [
    "Problem: {host} Zabbix agent is not available (for 3m)",
    "Resolved: {host} ICMP ping loss over {pct}%",
    "[PRTG] Sensor Ping {host} Down ({num}{num}s)",
    "[Grafana] FIRING:1 {svc} queue depth > {num}{num}{num}",
    "Dissolved oxygen LOW pen {line} {pct}% sat at {ts}",
    "Feed barge {host} generator {num} fault: coolant temp high",
    "UPS {host} switched to battery - {num}{num} min left",
    "SNMP trap linkDown {host} ifIndex {num}{num}",
    "Veeam: job {job} finished with Warning ({num} of {num}{num} VMs)",
    "[{job}] exit status {code} on {host} at {ts}",
    "Scheduled task {job} did not complete - {date}",
    "SMART predictive failure on {host} disk {num}",
    "TLS cert {host}.{domain} valid for only {num} more days",
    "{svc}: connection refused by {host}:{num}{num}{num}{num}",
    "Datastore {host}-vol{num} usage {pct}% (threshold 85%)",
    "NVR {host} camera channel {num}{num} video loss",
    "Sjálfvirkt svar: Er í fríi til {date}",
    "Sjálvvirkandi svar: burturstaddur til {date}",
    "Automaatne vastus: puhkusel kuni {date}",
    "Automatinis atsakymas: atostogauju iki {date}",
    "Freagra uathoibríoch: as oifig go dtí {date}",
    "Automáhtalaš vástádus: lean lupmus {date} rádjái",
    "Hatchery {host} inflow temperature deviation {num}.{num} C",
    "PLC {host} watchdog timeout, restarting",
]
PRINTER_STATUS = [
    "{model}: waste toner container almost full",
    "Fuser unit replacement required on {printer}",
    "{printer} - tray {num} empty",
    "Automated supplies order placed for {model}",
    "Scanned document from {printer} {date}",
    "[{printer}] cover open",
    "Page count report {model} s/n {serial}",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-wellboat-booking", "form", "Well-boat booking WB-{id7} | {ts} | pen {line} | {num}{num}0 tonnes"),
    ("form-feed-order", "form", "Feed order FO{id7} - {date} - {num}{num} t pellet {num}mm"),
    ("form-dive-slot", "form", "Dive team slot request {date} {time} cage {line} ({plant})"),
    ("form-visitor-permit", "form", "Site visitor permit {plant} {date} ref {id7}"),
    ("form-crew-change", "form", "Crew change request - {person} - off {date} / on {date}"),
    ("form-new-hire-kit", "covered", "New employee equipment: {FIRST} {LAST} starting {date} SKV{id7}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["forgot pword", "pswd reset plz", "need my pw reset", "what is my password again",
                    "pw no longer works this morning", "reset my password thx", "NEED PASSWORD RESET TODAY",
                    "windows pword forgotten", "pasword rest", "passwrd forgoten again", "reset pw for feed barge pc",
                    "cant recall password", "new password wanted", "network pswd gone from my head",
                    "he oblidat la contrasenya", "necessito una contrasenya nova", "me soveni pas del senhal", "ai besonh d'un senhal nòu",
                    "emblidà il pled-clav", "apo ismentigadu sa password", "ua poina iaʻu ka ʻōlelo huna",
                    "au guilecava na noqu password", "torna a posar la contrasenya sisplau", "reset password per favore cara",
                    "password reset - seasonal worker", "sign-on password forgotten", "my pw is gone",
                    "reset pw on quay shed pc", "can't sign on, forgot pword"]
APP_PASSWORD = ["{app} pword reset needed", "{app} pw forgotten", "{app} sign-on refused", "{APP} SAYS ACCESS DENIED",
                "{app} says wrong pw", "{app} locked after several tries", "{app} OTP not arriving",
                "{app} 2-step loop back to sign-on", "{app} pswd expired", "reset pw {app}",
                "cannot get into {app} on the barge tablet", "{app} pin not accepted", "{app} - contrasenya incorrecta",
                "{app} senhal refusat", "{app} pled-clav sbaglià", "{app} account frozen"]
LOCKOUT = ["account locked after mistypes", "windows locked me out", "sign-on locked", "locked out yet again today",
           "AD account blocked", "unlock SKV{id7}", "locked out on barge pc", "locked - second time today",
           "LOCKED OUT NEED HELP NOW", "windows message: account is locked", "el compte està bloquejat", "lo compte me barrèt",
           "mes conto è bloccà", "su contu est blocadu", "ua laka ʻia kaʻu moʻokāki", "sa loki tu na noqu akaude",
           "lokced out", "acount lockd", "locked after wrong pw", "too many attempts account locked"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other words and languages too)
    ("printing", "covered", 150, ["cannot print in fleet office", "printer offline at packing plant",
        "my print just evaporates", "printer fault {num}{num}", "PRINTER NOT PRINTING AT ALL", "no puc imprimir",
        "la impressora no imprimeix", "l'imprimanta imprimís pas", "ka mīkini paʻi ʻaʻole hana"]),
    ("wifi", "covered", 140, ["wifi cutting out on the barge", "no wireless in net loft",
        "wifi refuses to join", "wireless signal keeps vanishing", "HATCHERY WIFI DEAD", "no hi ha wifi aquí",
        "pas cap de wifi al mas", "il wifi na funcziunescha betg", "su wifi no andat"]),
    ("vpn", "covered", 100, ["vpn drops from home", "vpn disconnects every 3-4 minutes", "vpn won't start on laptop",
        "vpn reports error {num}{num}{num}", "La VPN no connecta", "VPN nu va"]),
    ("outlook", "covered", 100, ["outlook will not start", "outlook frozen on its loading-profile box", "outlook pops up credentials box all day",
        "outlook shuts down while typing", "Outlook no s'obre", "Outlook nu se dubre"]),
    ("mailbox-full", "covered", 45, ["mailbox at capacity", "email full cannot send out", "over mailbox size limit",
        "la bústia és plena"]),
    ("slow-pc", "covered", 100, ["computer sluggish as treacle", "pc needs 10 minutes to boot", "laptop crawling",
        "computer locks up all the time", "l'ordinador va lentíssim", "l'ordenador es tròp lent", "il computer è fitg plaun"]),
    ("monitor", "covered", 70, ["second screen not recognised", "dock gives no picture at all", "screen stays dark",
        "monitor flickers constantly", "la pantalla no mostra res", "su schermu abarrat nieddu"]),
    ("software", "covered", 90, ["please install a program for me", "need an application added to my pc", "request: software to install",
        "can I get new software installed", "installation of software needed"]),
    ("shared-folder", "covered", 90, ["cannot open shared drive", "network folder access denied", "my mapped drive disappeared",
        "need permission to fish health share", "H: drive missing"]),
    ("phishing", "covered", 50, ["strange mail wants my login", "is this a phishing mail", "fake invoice from unknown sender",
        "mail asking for gift cards", "phish claiming to be the CEO"]),
    ("mfa", "covered", 90, ["authenticator code not coming", "changed phone, authenticator needs moving", "no text with verification code",
        "set up 2-step on new phone", "{app} OTP push never comes", "no m'arriba el codi de verificació",
        "lo còdi de verificacion arriba pas", "ʻaʻole i hiki mai ka helu hōʻoia", "{app} wants an authenticator app I lack"]),
    ("password-expired", "covered", 45, ["pword expired", "pw expired, can't sign on", "message says password has expired",
        "la contrasenya ha caducat", "lo senhal a expirat", "{app} says my password expired"]),
    ("onedrive", "covered", 40, ["onedrive refuses to sync", "OneDrive sits on 'processing changes' all week", "onedrive upload pending forever"]),
    ("teams-audio", "covered", 50, ["teams: others can't hear me", "teams calls completely silent", "teams cannot find my headset mic",
        "no audio from headset in teams"]),
    ("bitlocker", "covered", 30, ["bitlocker screen wants a recovery key", "recovery key prompt on boot", "bitlocker blue screen wants key"]),
    ("laptop-power", "covered", 50, ["laptop flat dead, no power light", "laptop not charging at all", "notebook shows no sign of life",
        "el portàtil no s'encén", "il laptop na s'envida betg"]),
    ("badge", "covered", 40, ["id card won't open door", "swipe fails at packing plant entrance", "door card refused"]),
    ("restore", "covered", 35, ["recover a deleted file please", "deleted a whole folder by accident", "need previous version of a document"]),
    ("acrobat", "covered", 40, ["cannot open pdf files", "acrobat reader keeps crashing", "pdf attachment won't display"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("pen-cameras", "gap", 100, ["pen {line} underwater camera feed frozen in Merdline", "cage camera picture green",
        "MERDLINE NO VIDEO FROM CAGE {line}", "camera winch on pen {line} won't move",
        "pen cameras black after storm", "feeding camera lagging behind", "cage cam zoom stuck"]),
    ("feed-barge", "gap", 90, ["feed barge blower not starting", "Fodra feeding plan not sent to barge",
        "feed pipe to pen {line} blocked per Fodra", "FODRA SHOWS ZERO KG FED", "barge silo levels wrong in Fodra"]),
    ("lice-counts", "gap", 80, ["lice count submission rejected", "Lusaskra weekly report won't submit",
        "sea lice numbers missing for site", "lice count page blank after signing in", "lice averages calculated wrong"]),
    ("hatchery-water", "gap", 70, ["hatchery tank oxygen readings missing in Klekkstod", "smolt tank flow figures not updating",
        "Klekkstod water temp log gaps", "hatchery pH probe values frozen", "egg tray incubation log not saving"]),
    ("wellboat-planning", "gap", 65, ["Brunnur shows no well-boat trips", "well-boat plan vanished after logging in",
        "cannot move fish transfer in Brunnur", "wellboat schedule double booked", "delousing treatment trip missing from plan"]),
    ("fish-grading", "gap", 60, ["grader sizes wrong at harvest plant", "Gradex weight classes not matching",
        "fish grading machine not sending counts", "harvest grade report empty", "superior/ordinary split wrong in Gradex"]),
    ("net-inspection", "gap", 55, ["ROV dive video won't upload to Notvakt", "net inspection report missing",
        "Notvakt hole log not saving", "ROV footage corrupt after dive", "net change record not showing for pen {line}"]),
    ("export-health-certs", "gap", 45, ["Vetcert health certificate won't generate", "export certificate stuck awaiting vet",
        "logged in to Vetcert but certificate list empty", "health cert for China shipment rejected",
        "fish health attestation pdf blank"]),
]

VAGUE = ["Issue", "Help please", "Pen", "Barge", "Camera", "Feed", "Cage", "Query", "Sign in", "Printing?",
         "Harvest", "Hatchery", "Boat"]

ONEOFF_OBJECTS = ["survival suit", "life jacket", "mooring hawser", "boat radio", "outboard motor", "workboat gps",
    "feed sample scale", "fish tub", "net washer", "pressure washer", "crane remote", "knife sharpener",
    "fillet machine screen", "ice machine", "label applicator", "box strapper", "pallet jack", "forklift battery charger bay",
    "lab microscope", "water sample kit", "oxygen meter", "thermometer probe", "centrifuge", "freezer alarm",
    "keyboard", "mouse", "headset", "webcam", "USB stick", "SD card", "work handset", "SIM card", "usb-c charging lead",
    "rugged tablet", "desk phone", "desk chair wheel", "monitor arm", "bean-to-cup machine", "chilled water tap", "space heater",
    "first aid bag on boat", "hi-vis oilskin", "helmet", "gate fob", "quay lights", "yard entry barrier",
    "visitor sign-in tablet", "leaflet rack", "mess room till", "fridge", "locker key", "lanyard", "id card printer",
    "briefing room tv", "whiteboard pens", "ladder", "dry bag", "binoculars", "weather station display", "tide clock",
    "drone battery"]
ONEOFF_COMPLAINTS = ["broken", "doesn't work", "got a query on", "missing", "due for swap-out", "error", "won't turn on",
    "request", "problem", "very old", "misconfigured", "slow", "intermittent", "can't locate", "how to work the",
    "need access", "lost", "forgets settings", "defective", "please configure", "swap it out pls", "out of date",
    "jammed", "incorrect", "dripping", "alarm sounding", "wobbly", "damaged", "rattling"]
ONEOFF_FREE = [
    "who maintains the canteen menu screen", "can safety signs be in three languages", "need extension lead in net loft",
    "which form for a work phone", "label printer prints pale", "when is the defibrillator checked",
    "lost the key to the workboat", "move desk phone to fleet office", "waterproof case for barge tablet",
    "quay light timer wrong", "who posts on the staff intranet", "order visitor badges",
    "summer staff need accounts", "mess room till rejects contactless", "space heater in net loft smells burnt",
    "remote for boardroom tv lost",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "RE: "), (0.06, "FWD: "), (0.08, "SV: "), (0.10, "[EXT] "), (0.13, "{plant}: "),
                  (0.15, "{person} - "), (0.17, "SKV{id7} / "), (0.19, "Cage {line} - ")]
NOISE_SUFFIXES = [(0.05, " / {person}"), (0.07, " <{netid}>"), (0.09, " tel {ext}"), (0.12, " [{bldg}]"),
                  (0.15, " at {plant}"), (0.17, " cage {line}"), (0.19, " SKV{id7}"), (0.21, " cheers"),
                  (0.22, " !?"), (0.24, " (from mobile)"), (0.26, " (on behalf of {first} {last})"),
                  (0.28, " - takk {first}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "code on the phone was {otp}",
    "sms said {otp_spaced}",
    "verified caller with {otp}",
    "gave temp pw {password}",
    "first-time pword {password} issued",
    "says she typed {password}",
    "interim pswd {password}",
    "Mercés\n{first} {last}\nSite Manager, {dept}",
    "{USERID} locked out again pls",
    "can you release {USERID}",
    "{USERID} left the company, disable",
    "{first} {last} signed on as {USERID} at {ws2}",
    "my own mailbox {email_obf}",
    "write back to {email} pls",
    "best number {phone_nat}",
    "my mobile is {phone_intl}",
    "send the parcel to {address_x}",
    "lives at {address_eu}",
    "courier it to {address_us}",
    "attn Mr/Ms {LAST}",
    "signed off by {last}",
    "also cc {first} {last} on it",
    "{first_plain} over at {dept} noticed first",
    "salary ref {id7}",
    "staff no {id_alnum}",
    "fob {id7} not opening quay gate",
    "canteen charged {card}",
    "notebook {ws2} hw addr {mac2}",
    "strange traffic from {ip}",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Skerrivik Havbruk Samvirke.", "Skerrivik Havbruk Samvirke"),
    ("building", "Meet in the Brimnes Room.", "Brimnes Room"),
    ("place", "Feed shipped from Bergen.", "Bergen"),
    ("product", "The Aquavent 450 blower is fixed.", "Aquavent 450"),
    ("team", "Assigned to Team Skerry.", "Team Skerry"),
    ("category", "Category: Sea Sites, Hatchery", "Sea Sites, Hatchery"),
    ("version", "Firmware 9.1.44.310 installed.", "9.1.44.310"),
    ("error_code", "Display shows FDB-E731.", "FDB-E731"),
    ("server_name", "See logs on KVN-PLC-07.", "KVN-PLC-07"),
    ("role_email", "Include fleet.desk@skerrivik-havbruk.example.net please.", "fleet.desk@skerrivik-havbruk.example.net"),
    ("asset_tag", "Asset RVK-CAM-004417 serviced.", "RVK-CAM-004417"),
    ("ticket_ref", "Related to CHG0093318.", "CHG0093318"),
    ("place", "Nets repaired in Tallinn.", "Tallinn"),
    ("product", "Three Oxyguard 12 probes ordered.", "Oxyguard 12"),
    ("place", "Boxes came from Klaipėda.", "Klaipėda"),
]

PHONES_INTL = ["+34 977 70 41 58", "+33 4 67 43 91 26", "+41 81 864 17 39", "+39 079 274 5163", "+1 808 555 0147",
               "+679 885 4412", "+47 751 28 903", "+34 659 21 48 73", "+41 79 512 64 08", "+39 347 612 9054"]
PHONES_NATIONAL = ["977 70 41 58", "04 67 43 91 26", "081 864 17 39", "079 274 5163", "(808) 555-0147", "885 4412"]
ADDRESSES_EU = ["Carrer del Port 17, 43870 Amposta", "12 carrièra de la Pesca, 34140 Mèze",
                "Via da Staziun 41, 7550 Scuol", "Via Roma 88, 07041 Alghero", "Plaça de la Llotja 3, 2n 1a, 43540 Sant Carles de la Ràpita",
                "Nordkaia 19, 9385 Skaland"]
ADDRESSES_US = ["2210 Harbor Seal Way, Sitka, AK 99835", "41 Kelp Point Rd Apt 3, Eastport, ME 04631",
                "PO Box 7781, Kodiak, AK 99615", "46-218 Kahuhipa St Apt 9, Kaneohe, HI 96744"]
ADDRESSES_OTHER = ["Lot 12 Namale Rd, Savusavu", "Ratu Sukuna Road 77, Suva", "Chasa Tschander 5, Sent",
                   "Carrer Major 4, Deltebre", "Carrugiu de sa Marina 6, Cabras", "Ocean Rd PO Box 55, Labasa"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Bon dia,", "Adiu,", "Allegra,", "Bona dii,", "Bula vinaka,", "Aloha mai,", "Morning {first} -"]
RICH_SIGNOFFS = ["Salutacions\n{first}", "Many thanks\n{first} {last} [{dept}]", "much obliged - {first}",
                 "Grazia fitg\n{first} {last}", "--\n{first} {last} | Site Manager | {phone_intl}",
                 "Vinaka vakalevu\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Rang the barge, no pickup.", "Connected remotely to the machine.", "Fish welfare risk, priority 1.",
                 "Waiting for site manager sign-off.", "Raised with the vendor support line.", "Called the quay on VHF.",
                 "Passed to the infrastructure team.", "Left a voicemail on their mobile.", "User out on the workboat, will call back.",
                 "Talked to the fleet supervisor."]
RICH_GENERIC_NOTES = ["Guided the user.", "Caller never replied, closed.", "Put right.", "User says all good now.",
                      "Nothing more to do; closing.", "Up and running again."]
RICH_ONEOFF_BODIES = ["Could someone check the {thing}? It has been odd since the storm.",
                      "Who is meant to look after the {thing}?",
                      "The {thing} on the quay needs repair.",
                      "Please fix the {thing} before the inspection visit."]

RICH_TOPICS = [
    ("wifi", "covered", 370,
     ["wifi dropping on the barge", "staff wifi not available", "wifi won't join"],
     ["The wifi on the feed barge drops every few minutes.",
      "My tablet sees guest networks but not the staff network.",
      "Wifi says connected but pages never load."],
     ["Forgot and re-joined the network.", "Network team restarted the barge access point.",
      "Updated the wireless driver; stable since."]),
    ("printer", "covered", 230,
     ["printer shows unavailable", "printer takes jobs but nothing comes out", "printing queue frozen"],
     ["The packing plant printer is offline and prints nothing.",
      "Jobs sit in the queue with an error and never print.", "Nobody in the fleet office can print."],
     ["Purged the queue and restarted the print spooler.", "Power-cycled the printer.", "Removed and re-added the printer on the pc."]),
    ("lockout", "covered", 150,
     ["account locked after wrong attempts", "windows locked me out", "blocked from my account again"],
     ["After a couple of wrong tries my account got locked.",
      "Each morning after the night shift I am locked out.",
      "The sign-on screen says my account is locked."],
     ["Unlocked; an old pword was saved on the phone's mail app, removed it.", "Lock cleared; user signed on."]),
    ("pen-cameras", "gap", 150,
     ["pen camera feed frozen", "cage camera picture green", "camera winch stuck"],
     ["The underwater camera in pen 4 froze in Merdline this morning.",
      "All cage cameras show a green picture since the storm.",
      "The camera winch on pen 9 does not respond to the controls."],
     ["Camera relay restarted and video back.", "Fibre link to the barge re-patched.",
      "Winch controller reset by the site crew."]),
    ("feed-barge", "gap", 120,
     ["feed blower not starting", "feeding plan not reaching barge", "silo levels wrong"],
     ["The feed barge blower will not start from Fodra.",
      "Today's feeding plan never arrived at the barge.",
      "Silo levels in Fodra are off by several tonnes."],
     ["Barge control link restarted.", "Feed link service reconnected.", "Silo sensor recalibrated."]),
    ("lice-counts", "gap", 90,
     ["lice count report rejected", "lice numbers missing", "lice averages wrong"],
     ["The weekly lice count in Lusaskra is rejected on submit.",
      "Lice numbers entered on the barge are missing for two pens.",
      "Average lice per fish is calculated wrongly."],
     ["Submission format fixed by vendor.", "Tablet resynced.", "Calculation corrected after update."]),
    ("vpn", "covered", 110,
     ["vpn won't connect", "VPN keeps falling off"],
     ["From home the VPN will not connect.", "The VPN connects then drops straight away."],
     ["Server address corrected; tunnel stable.", "Removed and reinstalled the tunnel client."]),
    ("mailbox-full", "covered", 80,
     ["mailbox bursting", "quota exceeded on mail"],
     ["Outlook cannot send and says I am over my limit.", "I get warnings that my mailbox is nearly full."],
     ["Enabled online archive.", "Helped user tidy the mailbox."]),
    ("shared-folder", "covered", 75,
     ["mapped drive has gone", "share says access denied"],
     ["The fish health drive is gone from my computer.", "I get access denied on the harvest folder."],
     ["Remapped the drive.", "Owner of the folder let them in."]),
    ("teams-audio", "covered", 60,
     ["silence on Teams calls", "Teams can't find mic"],
     ["In Teams meetings my voice never reaches anyone.", "Teams plays through the laptop, never my headset."],
     ["Selected the headset in Teams settings.", "Installed the vendor audio driver."]),
    ("restore", "covered", 40,
     ["bring back my deleted file", "need last week's version"],
     ["I deleted the feeding spreadsheet from the share, can it come back?",
      "I overwrote the lice report, is there an older copy?"],
     ["Restored the previous version.", "Recovered it from the nightly backup."]),
]
