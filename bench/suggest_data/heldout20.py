"""TWENTIETH HELD-OUT phrasing bank (v20): FROZEN. Written by a separate helper who never read kbgen's
rule code, before round 20's tuning; the tuners never see it; its aggregate figures are looked at
once, after the round's merge.

A fictional dairy cooperative ("Ballycorrig-Wanjiru Dairy Cooperative": member farms with milking
robots, milk tankers on collection routes, a weighbridge at every creamery, pasteurisers with chart
recorders, cheese ripening caves, a milk-quality laboratory, cow activity collars and a farmers'
payment portal, at creameries in Munster, Friesland, Normandy, the Allgäu, Emilia, Galicia, the
Waikato, the Kenyan highlands, Punjab, Arkhangai and Minas Gerais) instead of any sector an earlier
bank used. Its own systems (the tanker route app "MilkRun", the robot link "RoboSync", the cave climate
console "CaveWatch", the laboratory system "LabTrace", the farmers' portal "FarmPay", the collar
dashboard "HerdTag", the pasteuriser recorder "PastoLog", the weighbridge terminal "ScaleGate", the
members' app "CoopHub", the shift planner "RotaMilk"), staff numbers written "BWD" plus digits,
"MEM-" plus digits and "Nr." plus digits; the closure habits of one more desk in its own words and
languages ("réitithe", "oplost", "réglé", "erledigt", "risolto", "resolto", "kua oti", "imetatuliwa",
"ਹੱਲ ਹੋ ਗਿਆ", "шийдэгдсэн", "resolvido", "farm question, passed to field services", "not IT - milk price
query"), subjects that carry a caller's name alone ("{LAST}", "{first}?", "ring {FIRST} {LAST}",
"{last} {first} again", "for {person}") and names in prefixes, suffixes and the middle of subjects in
every case, trial tickets of other shapes, machine mail from monitoring tools earlier banks did not
use (LibreNMS, Netdata, Sensu Go, Site24x7, Healthchecks.io, Cronitor, StatusCake, Freshping,
Dynatrace, OpManager, and the robot, pasteuriser and cave controllers), out-of-office replies in
Irish, West Frisian, French, German, Italian, Galician, Māori, Swahili, Punjabi, Mongolian and
Portuguese, printer status of other shapes, form templates (member farm registration, tanker route
change, cave batch transfer, lab sample submission, driver shift swap, a new milk driver with a
name), generic password, lockout, MFA and expiry requests mostly written without the words password,
account or login ("cannot get in", "it keeps rejecting me", "locked after three tries", "the screen
says no to me", misspelt, in every language of the bank, with the in-house application names), covered
device and network topics written the same way, and eight gap topics whose words the evaluation KB
lacks or uses in another sense (a "route" is a tanker's, a "statement" is a farmer's milk statement,
a "robot" milks cows, a "cave" ripens cheese, "results" are milk-quality results, a "collar" is a
cow's, a "chart" is a pasteuriser's, a "ticket" is a weighbridge ticket; some gap subjects mention an
account or a sign-in although the problem is not signing in). Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a creamery, ``{line}`` a tanker, robot or cave number.
"""

ORG = "Ballycorrig-Wanjiru Dairy Cooperative"
DOMAIN = "ballycorrig-wanjiru.example.coop"
START = "2035-09-08"
DAYS = 41
OUTLIER_DATES = ("1981-03-03 03:03:03", "2077-07-07 07:07:07", "2002-12-12 12:12:12", "1996-06-30 23:59:00",
                 "2088-08-08 08:08:08", "2011-11-11 11:11:11")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Siobhán Pádraig Aoife Donnchadh Máire Sjoerd Wytske Hylke Gerbrich Tjitske Mathilde Gaëtan Solène
Aurélien Blandine Xaver Kreszenz Vitus Walburga Korbinian Ilaria Gianluca Ottavia Ercole Benedetta Uxía Brais Antía
Xoán Iria Hēmi Aroha Tāmati Mereana Wiremu Wanjiku Kamau Njeri Kiprono Atieno Gurpreet Harjinder Simranjit Balwinder
Navneet Batbayar Oyunchimeg Temuulen Enkhjargal Ganzorig Thiago Luana Geraldo Rosângela Wellington""".split()
LAST_NAMES = """Ó Súilleabháin Mac Cárthaigh Ní Bhriain Uí Dhonnabháin Hoekstra Dijkstra Bosma Wijnia Postma Lefèvre
Marchand Duval-Lemoine Hébert Lecoq Rauch Wiedemann Hindelang Schöllhorn Kaspar Bertolazzi Ferrarini Gualtieri
Montanari Pellacani Outeiriño Castiñeira Lamas Rodiño Ferreiro Te Whata Ngata Tūhoe-Rāwiri Parata Kīngi Kamau Mwangi
Chebet Otieno Wanyama Sandhu Gill Dhillon Grewal Sidhu Baatar Tserendorj Dorjsuren Gantulga Bold Carvalho Sá Drummond
Figueiredo Resende""".split()
LAST_NAMES = ([n for n in LAST_NAMES if n not in ("Ó", "Súilleabháin", "Mac", "Cárthaigh", "Ní", "Bhriain", "Uí",
                                                   "Dhonnabháin", "Te", "Whata")]
              + ["Ó Súilleabháin", "Mac Cárthaigh", "Ní Bhriain", "Uí Dhonnabháin", "Te Whata"])

APPS = ["MilkRun", "RoboSync", "CaveWatch", "LabTrace", "FarmPay", "HerdTag", "PastoLog", "ScaleGate", "CoopHub",
        "RotaMilk"]
DEPTS = ["Milk Collection", "Member Services", "Quality Lab", "Cheese Caves", "Processing", "Field Advisors",
         "Transport", "Finance", "Payroll", "Board Office"]
BUILDINGS = ["Intake Hall", "Lab Block", "Cave Tunnel", "Pasteuriser Room", "Driver Depot", "Member Centre",
             "Weighbridge Hut", "Head Office"]
PLANTS = ["Mallow creamery", "Leeuwarden creamery", "Isigny dairy", "Kempten creamery", "Reggio cheese house",
          "Lugo dairy", "Morrinsville creamery", "Nyahururu cooling centre", "Ludhiana milk plant",
          "Tsetserleg dairy", "Uberlândia laticínio"]
PLANT_CODES = ["MLW", "LWR", "ISG", "KMP", "RGE", "LUG", "MRV", "NYH", "LDH", "TST", "UBL"]
ID_PREFIXES = ["BWD", "MEM-", "Nr."]
SENDERS = ["librenms", "netdata", "sensu", "site24x7", "healthchecks", "cronitor", "pastolog"]
HOST_PARTS = ["mlw-wb", "lwr-lab", "isg-cave", "kmp-pst", "rge-fs", "lug-ap", "mrv-rbt", "nyh-gw", "ldh-sw",
              "tst-pos"]
SERVICES = ["RouteFeed", "RobotBridge", "CaveSensorHub", "LabImport", "PayCalc", "CollarIngest"]
JOBS = ["NIGHTLY_MILK_VOLUMES", "FARMER_STATEMENT_RUN", "LAB_RESULTS_IMPORT", "ROUTE_PLAN_0400",
        "CAVE_TEMP_EXPORT", "COLLAR_SYNC_HOURLY"]
PRINTER_MODELS = ["Canon imageRUNNER ADVANCE DX C3926i", "Ricoh IM C3010", "Konica Minolta bizhub C301i",
                  "Epson WorkForce Enterprise AM-C4000", "Xerox AltaLink C8130"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["farm question, passed to field services", "not IT - milk price query", "réitithe",
                "mar an gceann roimhe", "oplost", "sjoch hjirboppe", "réglé", "idem", "erledigt", "s. o.", "risolto",
                "come sopra", "resolto", "o mesmo ca antes", "kua oti", "ōrite ki runga", "imetatuliwa",
                "kama hapo juu", "ਹੱਲ ਹੋ ਗਿਆ", "ਉੱਪਰ ਵਾਂਗ", "шийдэгдсэн", "дээрхтэй адил", "resolvido", "idem acima",
                "(gan ábhar)", "(gjin ûnderwerp)", "(sans objet)", "(kein Betreff)", "(nessun oggetto)",
                "(sen asunto)", "(kāore he kaupapa)", "(hakuna kichwa)", "(ਕੋਈ ਵਿਸ਼ਾ ਨਹੀਂ)", "(гарчиггүй)",
                "(sem assunto)", "--", "..", "zz", "k", "{LAST}", "{first}?", "ring {FIRST} {LAST}",
                "{last} {first} again", "for {person}", "{First} from the depot", "call {person} back",
                "{LAST} {FIRST}", "left a message - {first}", "farmer asked about the milk price, sent to members",
                "driver wanted directions to a farm", "wrong team, belongs to maintenance", "go raibh maith agat",
                "tankewol", "merci !!", "danke", "grazie mille", "grazas", "kia ora", "asante", "ਧੰਨਵਾਦ", "баярлалаа",
                "obrigado!"]
PLACEHOLDERS = [p.replace("{First}", "{first}") for p in PLACEHOLDERS]
TESTS = ["tástáil {num}", "test test {num}{num}", "essai {num}", "Testticket bitte löschen", "prova prova",
         "proba {num}", "whakamātautau", "jaribio {num}", "ਟੈਸਟ {num}", "туршилт {num}", "teste {num}{num}",
         "intake mailbox check, ignore", "checking the form, delete", "TEST PLS IGNORE", "routing dummy {num}"]
ALERTS = [
    "LibreNMS Alert: Device {host} is down",
    "LibreNMS Alert Recovered: Port utilisation over threshold on {host}",
    "[Netdata] {host}: disk space /var {pct}% full - critical",
    "[Netdata] {host}: ram usage back to normal",
    "Sensu Go: check-http on {host} is CRITICAL",
    "Sensu Go: keepalive {host} resolved",
    "Site24x7: {svc} is Down - Connection timed out",
    "Site24x7: {svc} is Up again",
    "[Healthchecks.io] {job} is DOWN (no ping for {num}h)",
    "Cronitor: {job} failed with exit code {num}",
    "StatusCake Alert: {svc} DOWN at {ts}",
    "Freshping: {svc} is Not Responding",
    "Dynatrace problem P-{num}{num}{num}{num}: Response time degradation on {svc}",
    "OpManager: Interface Gi0/{num} on {host} is down",
    "[RoboSync] Robot {line} at {plant}: teat-cup attach failures above limit",
    "[RoboSync] Robot {line} offline since {ts}",
    "[PastoLog] Pasteuriser {line}: divert valve opened, temperature {pct}.{num} C",
    "[PastoLog] chart recorder {line} paper out",
    "[CaveWatch] Cave {line} humidity {pct}% above setpoint",
    "[CaveWatch] Cave {line} sensor lost",
    "Scheduled job {job} finished with warnings",
    "Certificate for {host}.{domain} expires in {num} days",
    "Freagra uathoibríoch: as an oifig go dtí {date}",
    "Automatysk antwurd: ôfwêzich oant {date}",
    "Réponse automatique : absent jusqu'au {date}",
    "Automatische Antwort: Abwesend bis {date}",
    "Risposta automatica: fuori ufficio fino al {date}",
    "Resposta automática: fóra da oficina ata o {date}",
    "Whakautu aunoa: kei te wehe au tae noa ki te {date}",
    "Jibu la kiotomatiki: niko likizo hadi {date}",
    "ਆਟੋਮੈਟਿਕ ਜਵਾਬ: {date} ਤੱਕ ਛੁੱਟੀ ਤੇ ਹਾਂ",
    "Автомат хариу: {date} хүртэл амралттай",
    "Resposta automática: ausente até {date}",
]
PRINTER_STATUS = [
    "{printer}: transfer belt needs replacing",
    "[{model}] drum unit (K) end of life",
    "{model} at {bldg}: magenta toner {pct}% used",
    "Scan from {printer} received {time}",
    "{printer}: tray {num} empty",
    "Meter reading {model} SN {serial}",
    "{printer} paper jam cleared automatically",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-member-farm", "form", "Member farm registration #{id7} | {plant} | herd from {date}"),
    ("form-route-change", "form", "Tanker route change RC-{id7} - tanker {line} - from {date}"),
    ("form-cave-transfer", "form", "Cave batch transfer: Cave {line} -> {plant} / {date}"),
    ("form-lab-sample", "form", "Lab sample submission :: {person} :: {plant} :: {date}"),
    ("form-driver-swap", "form", "Driver shift swap ({date}) ref DS{id7}"),
    ("form-new-driver", "form", "New milk driver - {FIRST} {LAST} - {dept} - starting {date}"),
    ("form-new-starter-it", "covered", "IT kit for new starter {person}, {dept}, from {date}, BWD{id7}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["cannot get in anymore", "it keeps rejecting me", "the screen says no to me every morning",
                    "forgot the secret word for the pc", "my sign-in word is gone from my head", "cant get in, forgot it",
                    "pasword forgoten", "passwrd reset pls", "need a new pass, the old one stopped",
                    "what do I type to get into the pc", "new driver - no idea what to type at the start screen",
                    "typed it right but it won't let me in", "let me in please, I've forgotten it",
                    "ní féidir liom dul isteach", "dearmad déanta agam ar an bhfocal faire", "ik kin der net yn",
                    "wachtwurd ferjitten", "impossible d'entrer, mot de passe oublié", "je n'arrive plus à rentrer",
                    "komme nicht mehr rein", "Kennwort vergessen", "non riesco a entrare", "ho dimenticato la parola d'ordine",
                    "non podo entrar", "esquecín o contrasinal", "kāore e taea te uru", "kua wareware i ahau te kupu huna",
                    "siwezi kuingia", "nimesahau neno siri", "ਅੰਦਰ ਨਹੀਂ ਜਾ ਸਕਦਾ", "ਪਾਸਵਰਡ ਭੁੱਲ ਗਿਆ",
                    "нэвтэрч чадахгүй байна", "нууц үгээ мартсан", "não consigo entrar", "esqueci a senha",
                    "not blocked, I just don't remember what I set", "reset the thing I type at the start please"]
APP_PASSWORD = ["{app} keeps rejecting me", "can't get into {app}", "{app} says no to my code word",
                "{APP} WONT LET ME IN", "{app} doesn't know me anymore", "{app} wants a code that never comes",
                "{app} says mine is too old, must change", "{app} - new driver can't get in", "reset my {app} pass",
                "{app} on the tanker tablet refuses me", "{app} pin forgotten", "{app} ní ligeann isteach mé",
                "{app} lit my net yn", "{app} me refuse", "{app} lässt mich nicht rein", "{app} non mi fa entrare",
                "{app} non me deixa entrar", "{app} kāore e tuku i ahau", "{app} inanikataa", "{app} ਅੰਦਰ ਨਹੀਂ ਜਾਣ ਦਿੰਦਾ",
                "{app} нэвтрүүлэхгүй байна", "{app} não me deixa entrar"]
LOCKOUT = ["locked after three tries", "shut out after too many goes", "it says I'm blocked now",
           "blocked out at the depot at 4am", "too many wrong tries - frozen", "won't even let me try anymore",
           "unblock me please, tanker leaves at 5", "BWD{id7} blocked", "BLOCKED!!!", "windows says I'm locked",
           "locked every morning since the tablet kept the old one", "glasáilte amach", "útsletten nei trije kear",
           "bloqué après trois essais", "gesperrt nach drei Versuchen", "bloccato dopo tre tentativi",
           "bloqueado despois de tres intentos", "kua rakaina ahau", "nimefungiwa nje", "ਤਿੰਨ ਵਾਰ ਮਗਰੋਂ ਬਲੌਕ",
           "гурван удаа буруу оруулаад түгжигдсэн", "bloqueado depois de três tentativas", "lokced out", "blokced agian",
           "locks me out each time I change the tanker"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other words and languages too)
    ("printing", "covered", 135, ["intake hall printer prints nothing", "printer offline in the lab block",
        "print jobs sit in the queue", "printer shows error {num}{num}", "PRINTER DEAD",
        "ní phriontálann an printéir", "printer docht it net", "l'imprimante n'imprime rien", "Drucker druckt nicht",
        "la stampante non stampa"]),
    ("wifi", "covered", 125, ["no wifi in the driver depot", "wireless gone in the intake hall",
        "laptop won't join the staff wireless", "wifi cuts out every few minutes", "pas de wifi au labo",
        "WLAN geht nicht", "wifi non funziona", "wifi não funciona", "wifi haifanyi kazi", "wifi алга"]),
    ("vpn", "covered", 95, ["vpn won't connect from home", "vpn stuck on connecting", "vpn drops every hour",
        "vpn error {num}{num}{num}", "VPN verbindet nicht", "VPN não conecta"]),
    ("outlook", "covered", 100, ["outlook won't start", "outlook stuck loading profile", "outlook crashes when opening",
        "outlook frozen", "Outlook ne s'ouvre pas", "Outlook non si apre"]),
    ("mailbox-full", "covered", 45, ["mailbox full can't send", "mail quota exceeded", "inbox over the limit",
        "Postfach voll"]),
    ("slow-pc", "covered", 100, ["pc painfully slow", "laptop takes ages to start", "computer freezes all day",
        "office pc crawling", "ordinateur très lent", "Rechner extrem langsam", "computador muito lento"]),
    ("monitor", "covered", 70, ["second screen no signal", "docking station doesn't see the monitor",
        "monitor flickers on the dock", "external screen stays black", "écran sans signal", "monitor sem sinal"]),
    ("software", "covered", 90, ["need a program installed", "install software for the lab",
        "please put an application on my pc", "software request for member services", "can you add a tool to my laptop"]),
    ("shared-folder", "covered", 90, ["no access to the shared drive", "shared folder access denied",
        "network drive disappeared", "need access to the quality share", "my Q: drive is gone"]),
    ("phishing", "covered", 50, ["suspicious mail with a link", "is this mail genuine?", "fake milk invoice in my inbox",
        "mail asking me to buy vouchers for the chairman", "phishing pretending to be the helpdesk"]),
    ("mfa", "covered", 90, ["authenticator approvals not arriving", "text code never comes", "new phone, authenticator",
        "verification code doesn't arrive", "{app} keeps asking for a code", "le code de vérification n'arrive pas",
        "Bestätigungscode kommt nicht", "il codice non arriva", "o código não chega", "ní thagann an cód"]),
    ("password-expired", "covered", 45, ["it says mine has expired", "told I must change it today",
        "expired, can't get in", "abgelaufen, muss ändern", "scaduta, non entro", "{app} says mine expired"]),
    ("onedrive", "covered", 40, ["onedrive not syncing", "onedrive stuck processing changes", "onedrive red crosses on files"]),
    ("teams-audio", "covered", 50, ["no sound in teams", "nobody can hear me in teams", "teams mic dead",
        "teams ignores my headset"]),
    ("bitlocker", "covered", 30, ["bitlocker recovery key needed", "laptop wants a recovery key", "recovery key screen at start"]),
    ("laptop-power", "covered", 50, ["laptop won't switch on", "laptop not charging", "laptop totally dead",
        "Laptop geht nicht an", "portátil não liga"]),
    ("badge", "covered", 40, ["badge won't open the door", "card rejected at the intake hall door", "reader ignores my badge"]),
    ("restore", "covered", 35, ["restore a deleted file please", "deleted the route sheet by mistake",
        "need yesterday's version of a spreadsheet"]),
    ("keyboard-mouse", "covered", 40, ["keyboard not typing", "wireless mouse dead", "keyboard types wrong letters"]),
    ("desk-phone", "covered", 30, ["desk phone no dial tone", "phone stuck on registering", "weighbridge hut phone dead"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("tanker-route", "gap", 100, ["MilkRun lost tomorrow's collection route", "tanker {line} route missing farms",
        "MILKRUN ROUTE ERROR TANKER {line}", "farms dropped off my collection route", "route won't load after I signed in",
        "MilkRun shows last week's pickups", "la tournée de collecte est vide"]),
    ("milking-robot", "gap", 90, ["RoboSync not getting milk yields from robot {line}", "milking robot data missing",
        "ROBOT {line} NOT SYNCING", "robot visits not showing for the herd", "RoboSync screen frozen at the farm"]),
    ("cheese-cave", "gap", 85, ["CaveWatch shows no temperature for cave {line}", "cheese cave humidity readings stuck",
        "cave {line} climate alarm every night", "ripening batch missing from CaveWatch",
        "CaveWatch account fine but graphs empty"]),
    ("lab-results", "gap", 75, ["LabTrace results not posted to farmers", "somatic cell counts missing for this week",
        "milk quality results wrong farm", "LabTrace shows butterfat 0.0", "lab results late again"]),
    ("farmer-statements", "gap", 65, ["FarmPay statement shows wrong litres", "milk statement missing for August",
        "farmers can't see their statement after signing in", "FarmPay deductions doubled", "statement PDF blank"]),
    ("cow-collars", "gap", 60, ["HerdTag collars not reporting", "cow collar data missing for the herd",
        "HerdTag heat alerts stopped", "collar {line} shows no activity", "HerdTag app logged in but no cows listed"]),
    ("pasteuriser-chart", "gap", 55, ["PastoLog chart missing for last night", "pasteuriser chart recorder gap",
        "PastoLog shows no temperatures for pasteuriser {line}", "chart record won't print", "PastoLog export empty"]),
    ("weighbridge", "gap", 45, ["ScaleGate not printing weighbridge tickets", "weighbridge weight not sent to MilkRun",
        "ScaleGate shows zero kg", "weighbridge ticket number jumps", "ScaleGate operator sign-in ok but scale frozen"]),
]

VAGUE = ["Problem", "Help", "Tanker", "Robot", "Cave", "Screen", "Milk", "Question", "Sign-in", "Printer",
         "URGENT", "Farm", "Lab"]

ONEOFF_OBJECTS = ["milk churn", "hose reel", "wellies", "hi-vis vest", "tanker ladder", "sample bottles", "cool box",
    "pH meter", "thermometer probe", "cheese harp", "cheese press", "brine tank", "curd knife", "moulds", "wax pot",
    "label gun", "pallet truck", "forklift", "tyre pump", "fuel card", "diesel tank", "depot gate", "yard lights",
    "barrier arm", "radio set", "first aid kit", "eye wash station", "fire blanket", "hand sanitiser", "coffee machine",
    "kettle", "microwave", "fridge in the canteen", "water cooler", "vending machine", "minibus", "snow plough",
    "gate fob", "stool", "keyboard", "mouse", "headset", "webcam", "usb stick", "mobile phone", "sim card", "charger",
    "desk phone", "chair", "monitor arm", "desk lamp", "fan", "clock", "notice board", "bike rack", "heater"]
ONEOFF_COMPLAINTS = ["broken", "not working", "question about", "missing", "needs replacing", "error", "won't start",
    "request", "issue", "too old", "set up wrong", "slow", "keeps cutting out", "can't find", "how do I use the",
    "need access to", "lost", "resets itself", "cracked", "please install", "replace please", "out of date",
    "stuck", "wrong", "leaks", "squeaks", "wobbles", "noisy", "smells"]
ONEOFF_FREE = [
    "can the canteen screen show the milk price", "extra extension lead for the open farm day",
    "how many tanker phones can we get for winter", "member centre label printer smudges",
    "where is the forklift inspection certificate", "spare key to the diesel store missing",
    "intake hall phone should also ring in the yard", "rugged case for the driver tablet",
    "yard lights stay on all day", "depot rota page shows the wrong week",
    "name badges for 30 summer students", "card terminal in the shop refuses contactless",
    "burning smell near the lab fridge", "remote for the canteen TV gone", "leaflets soaked by the roof leak",
    "wall calendar of cheese markets",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.03, "Fw: "), (0.05, "WG: "), (0.07, "TR : "), (0.08, "I: "), (0.09, "Enc: "), (0.11, "Re: "),
                  (0.13, "{plant} / "), (0.15, "{person} - "), (0.16, "{FIRST} {LAST}: "), (0.17, "{last} | "),
                  (0.19, "BWD{id7} "), (0.20, "Tanker {line}: "), (0.21, "URGENT: ")]
NOISE_SUFFIXES = [(0.04, " / {person}"), (0.06, " - {first}"), (0.08, " [{netid}]"), (0.10, " ext {ext}"),
                  (0.12, " in {bldg}"), (0.14, " ({plant})"), (0.15, " robot {line}"), (0.17, " MEM-{id7}"),
                  (0.18, " danke"), (0.19, " pls"), (0.21, " (sent from the tanker)"), (0.23, " for {FIRST} {LAST}"),
                  (0.25, " - asante {first}"), (0.26, " grazie"), (0.28, " // {LAST}"), (0.29, " {LAST}, {first}"),
                  (0.30, " -- {first} {last}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "(code she got: {otp})",
    "he read out {otp_spaced}",
    "verified with {otp}",
    "interim one is {password}, change at first start",
    "she typed {password} in the chat, removed",
    "the driver says his is {password}",
    "Mot de passe provisoire {password}",
    "Mfg\n{first} {last}\nFahrer, {dept}",
    "user {USERID} blocked again",
    "please unblock {USERID}",
    "{USERID} retired - disable",
    "{first} {last} / user {USERID} / pc {ws2}",
    "private mail {email_obf}",
    "reply to {email}, not the members box",
    "ring {phone_nat} after 5",
    "mobile {phone_intl} (WhatsApp)",
    "please send the tablet to {address_x}",
    "new home address {address_eu}",
    "ship to {address_us}",
    "attn {LAST}",
    "approved by {last}",
    "cc {first} {last}",
    "{first_plain} in {dept} spotted it",
    "Personalnummer {id7}",
    "member id {id_alnum}",
    "badge {id7} refused at the lab door",
    "shop charged {card} twice",
    "{ws2} mac {mac2}",
    "failed sign-ins from {ip} on the farmers' portal",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Ballycorrig-Wanjiru Dairy Cooperative.", "Ballycorrig-Wanjiru Dairy Cooperative"),
    ("room", "Meet in the Clover Room.", "Clover Room"),
    ("place", "Cheese shipped to Parma.", "Parma"),
    ("product", "The Lely Astronaut A5 is back in service.", "Lely Astronaut A5"),
    ("team", "Assigned to Team Curdle.", "Team Curdle"),
    ("category", "Category: Milk Collection, Transport", "Milk Collection, Transport"),
    ("version", "Robot firmware 4.12.3077.2 applied.", "4.12.3077.2"),
    ("error_code", "Scale shows SG-E219.", "SG-E219"),
    ("server_name", "Check logs on RGE-FS-02.", "RGE-FS-02"),
    ("role_email", "Copy collections@ballycorrig-wanjiru.example.coop in.", "collections@ballycorrig-wanjiru.example.coop"),
    ("asset_tag", "Asset BWD-AST-551920 serviced.", "BWD-AST-551920"),
    ("ticket_ref", "Linked to CHG0552107.", "CHG0552107"),
    ("place", "Fog over Nyandarua.", "Nyandarua"),
    ("product", "Two GEA DairyRobot R9500 units ordered.", "GEA DairyRobot R9500"),
    ("place", "Milk from Tlokweng.", "Tlokweng"),
    ("batch", "Batch PR-35-0918 moved to cave 2.", "PR-35-0918"),
    ("route", "Route 14B starts at 04:30.", "14B"),
]

PHONES_INTL = ["+353 22 41 873", "+353 87 316 4025", "+31 58 213 4470", "+31 6 4719 2836", "+33 2 31 51 74 08",
               "+33 6 72 18 40 39", "+49 831 570 2186", "+49 171 448 3092", "+39 0522 41 7360", "+39 347 218 4406",
               "+34 982 24 61 37", "+34 671 40 82 19", "+64 7 889 4172", "+64 21 604 3381", "+254 65 203 2417",
               "+254 722 418 306", "+91 161 240 7713", "+91 98140 27365", "+976 7033 4182", "+976 9911 4728",
               "+55 34 3218 4470", "+55 34 99172 3068"]
PHONES_NATIONAL = ["022 41873", "087 316 4025", "058 213 4470", "06 47192836", "02 31 51 74 08", "06 72 18 40 39",
                   "0831 5702186", "0171 4483092", "0522 417360", "347 218 4406", "982 246 137", "671 40 82 19",
                   "07 889 4172", "021 604 3381", "065 2032417", "0722 418306", "0161 240 7713", "098140 27365",
                   "7033-4182", "9911-4728", "(34) 3218-4470", "(34) 99172-3068"]
ADDRESSES_EU = ["Bóthar na Trá 14, Mala, Co. Chorcaí, P51 X2K7", "Tsjerkestrjitte 22, 8921 KS Ljouwert",
                "12 rue du Port, 14230 Isigny-sur-Mer", "Rottachstraße 8, 2. OG, 87439 Kempten (Allgäu)",
                "Via Emilia San Pietro 41, int. 3, 42121 Reggio Emilia", "Rúa do Progreso 17, 3º esq., 27001 Lugo"]
ADDRESSES_US = ["4120 County Road K, Marshfield, WI 54449", "PO Box 318, Tillamook, OR 97141",
                "77 Creamery Lane, Apt 4B, St. Albans, VT 05478", "2209 Holstein Dr, Turlock, CA 95380"]
ADDRESSES_OTHER = ["14 Allen Street, Morrinsville 3300, New Zealand", "Plot 218, Nyahururu-Nakuru Rd, P.O. Box 412-20300, Nyahururu",
                   "H. No. 1187, Street 4, Model Town, Ludhiana 141002", "Булган сум, 3-р баг, 12-р гудамж 7, Цэцэрлэг",
                   "Rua Goiás 1450, apto 302, Bairro Brasil, Uberlândia - MG, 38400-027", "ਪਿੰਡ ਜੱਸੋਵਾਲ, ਡਾਕਖਾਨਾ ਗਿੱਲ, ਲੁਧਿਆਣਾ 141116",
                   "Te Aroha Road 903, RD 2, Morrinsville"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Dia dhuit,", "Goeie,", "Bonjour,", "Servus,", "Buongiorno,", "Bos días,", "Kia ora,", "Habari,",
                  "ਸਤ ਸ੍ਰੀ ਅਕਾਲ,", "Сайн байна уу,", "Bom dia,", "Hi {first},"]
RICH_SIGNOFFS = ["Le meas\n{first}", "Groetnis\n{first} {last}", "Cordialement,\n{first} {last} / {dept}",
                 "Viele Grüße\n{first}", "--\n{first} {last} · Milk driver · {phone_intl}", "Cordiali saluti\n{FIRST} {LAST}",
                 "Asante\n{last}", "Abraços,\n{first}"]
RICH_COMMENTS = ["Rang the depot - no answer, drivers out.", "Connected with the remote tool.",
                 "Collection running on paper until fixed.", "Waiting for the creamery manager to confirm.",
                 "Vendor case opened, reference attached.", "Field advisor confirms the fault at the farm.",
                 "Passed to infrastructure.", "Left a voicemail.", "Caller in the cave, will call back.",
                 "Drove out with the technician in the morning."]
RICH_GENERIC_NOTES = ["Explained the steps.", "No reply for ten days, closed.", "Done.",
                      "User confirms it works.", "Nothing else needed.", "Back to normal."]
RICH_ONEOFF_BODIES = ["The {thing} has been acting up since Monday, can someone look?",
                      "Is the {thing} IT's job or maintenance's?",
                      "{thing} in the yard broke again.",
                      "We need the {thing} sorted before the open farm day."]

RICH_TOPICS = [
    ("wifi", "covered", 340,
     ["depot wifi on and off", "staff wireless gone", "can't get onto the wifi"],
     ["In the driver depot my laptop loses the wireless every few minutes and then it comes back.",
      "Only the guest network is listed, the staff one has vanished.",
      "Wifi icon says connected but no page loads."],
     ["Forgot the saved network and rejoined.", "Network team restarted the depot access point.",
      "Updated the wireless driver, stable since."]),
    ("printer", "covered", 215,
     ["intake printer offline", "print jobs never come out", "print queue stuck"],
     ["The intake hall printer shows offline and won't print the delivery notes.",
      "I send the route sheet to print and nothing happens, it sits in the queue with an error.",
      "Nobody in finance has been able to print since the morning."],
     ["Cleared the queue and restarted the spooler.", "Power-cycled the printer.",
      "Removed and re-added the printer from the print server."]),
    ("lockout", "covered", 150,
     ["locked after three tries", "windows says I'm blocked", "BLOCKED AGAIN"],
     ["I typed it wrong a few times at 4am at the depot and now it won't let me try again.",
      "Every Monday after the weekend I'm locked out.",
      "Start screen says I'm locked, I didn't change anything."],
     ["Unlocked; the old one was saved on the tanker tablet, removed.", "Unlocked, user back in."]),
    ("tanker-route", "gap", 150,
     ["collection route empty", "tomorrow's tanker route lost", "farms missing from the route"],
     ["MilkRun shows no farms on tanker 3's route for tomorrow although the plan was approved.",
      "The collection route disappeared from the driver's tablet after the afternoon replan.",
      "The route lists last week's pickups and ignores two new member farms."],
     ["RouteFeed restarted; routes rebuilt.", "Plan re-imported by transport planning.",
      "Vendor fixed the route database index."]),
    ("cheese-cave", "gap", 120,
     ["cave temperature missing", "cave humidity stuck", "climate alarm in the cave"],
     ["CaveWatch shows no temperature for cave 2 since Sunday and the wheels need turning.",
      "Humidity in cave 4 reads 100% all day, the handheld meter says 88%.",
      "The cave console alarms every night at 2 and nothing is wrong in the cave."],
     ["Sensor hub restarted by maintenance.", "Humidity probe replaced.", "Alarm threshold corrected by the vendor."]),
    ("lab-results", "gap", 90,
     ["lab results missing", "cell counts not posted", "results on the wrong farm"],
     ["LabTrace hasn't posted this week's somatic cell counts to the farmers.",
      "The butterfat result for a farm shows 0.0 and the farmer is furious.",
      "Results from Tuesday's samples are attached to the wrong member farm."],
     ["Import job rerun.", "Sample barcodes corrected and results reposted.", "Vendor pushed a patch."]),
    ("vpn", "covered", 110,
     ["vpn won't connect", "vpn keeps dropping"],
     ["From home the VPN keeps saying connecting and gives up.", "VPN connects for a second and drops."],
     ["Wrong gateway in the client, corrected.", "Reinstalled the VPN client."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full", "over the mail quota"],
     ["I can't send anything, Outlook says my mailbox is full.", "Hourly warning that my mailbox is nearly full."],
     ["Archiving switched on.", "Cleared old attachments with the user."]),
    ("shared-folder", "covered", 75,
     ["network drive gone", "shared folder access denied"],
     ["The Q: drive for quality has vanished from This PC.", "Opening the transport folder says I don't have permission."],
     ["Drive mapped again.", "Owner approved, added to the group."]),
    ("teams-audio", "covered", 60,
     ["no sound in Teams", "Teams can't find my mic"],
     ["In Teams nobody can hear me although the mic is on.", "Teams ignores my headset and uses the laptop speakers."],
     ["Picked the right device in Teams settings.", "Headset driver updated."]),
    ("restore", "covered", 40,
     ["restore deleted file", "need last week's version"],
     ["I deleted the driver rota spreadsheet from the share, can you get it back?",
      "I overwrote the cave batch list, is there an older copy?"],
     ["Restored the previous version.", "Restored from last night's backup."]),
]
