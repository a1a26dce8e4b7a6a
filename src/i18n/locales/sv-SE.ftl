## Svenska (sv-SE). Ordförråd från Partnercenter-artikeln och Microsofts egna termer (DOMAIN.md, ordlista).

## System, sidhuvud, sidfot
system-partner-center = Partnercenter
system-azure-portal = Azure-portalen (simulerad)
persona-label = Inloggad som
persona-group-partner = Partneranvändare
persona-search = Sök användare
persona-search-hint = { $total_count ->
    [one] { $shown } av { $total } kund i listan: skriv ett kund- eller användarnamn för att hitta andra.
   *[other] { $shown } av { $total } kunder i listan: skriv ett kund- eller användarnamn för att hitta andra.
}
language-label = Språk
language-en = engelska
language-sv-SE = svenska
language-nl-NL = nederländska
clock-label = Simulerad klocka
clock-plus-day = +1 dag
clock-plus-month = +1 månad
clock-plus-year = +1 år
class-title = Klassrapport (för utbildare)
class-intro = Öppna deltagarnas framstegsfiler, så många på en gång som du vill: rapporten visar vem som gjorde vad och var klassen har svårt. Filerna läses bara i den här webbläsaren; inget skickas eller sparas om du inte exporterar rapporten.
class-files = Framstegsfiler
class-drop = Eller släpp filerna här.
class-unread-title = Några filer finns inte med i rapporten:
class-unread-too-large = för stor för att vara en framstegsfil
class-unread-not-json = inte en JSON-fil
class-unread-not-progress = inte en framstegsfil för lektioner
class-unread-damaged = en framstegsfil där delar saknas eller är skadade
class-count = { $count ->
    [one] 1 deltagare i rapporten.
   *[other] { $count } deltagare i rapporten.
}
class-col-learner = Deltagare
class-col-lesson = Lektion
class-col-done = Klara lektioner
class-col-right = Rätta förutsägelser
class-col-hints = Tips
class-col-status = Status
class-col-show-me = Visa mig användes
class-col-asked = Ställda förutsägelser
class-cell = { $hints ->
    [one] { $status }: { $right } av { $asked } rätt, 1 tips
   *[other] { $status }: { $right } av { $asked } rätt, { $hints } tips
}
class-clear = Rensa rapporten
class-sort = Sortera efter:
class-struggles = Var klassen har svårt
class-struggles-none = Inga felaktiga förutsägelser och inga tips än.
class-most-wrong = { $count ->
    [one] Lektion { $lesson }: 1 deltagare svarade fel på ”{ $question }”.
   *[other] Lektion { $lesson }: { $count } deltagare svarade fel på ”{ $question }”.
}
class-most-hints = { $count ->
    [one] Flest tips: lektion { $lesson }, { $title } (1 tips totalt).
   *[other] Flest tips: lektion { $lesson }, { $title } ({ $count } tips totalt).
}
class-export = Exportera som CSV
skip-to-content = Hoppa till innehållet
footer-disclaimer = Övningssimulator — inte knuten till Microsoft; inga riktiga köp görs.
nav-label = Huvudnavigering
nav-customers = Kunder
nav-pricing = Priser
nav-activity-log = Aktivitetslogg
nav-back-to-partner-center = Tillbaka till Partnercenter
not-found-title = Sidan hittades inte
not-found-home = Till startsidan
not-renewed = Inte förnyad { $date }: en förnyelse är ett nytt köp, och faktureringsprenumerationen { $subscription } var inte längre berättigad (R14, R7).
reset-demo = Återställ demoklientorganisationen
dismiss = Stäng
save = Spara
manage = Hantera
on = På
off = Av
allowed = Tillåtet
denied = Nekat
tabs-label = Kundsidor
page-previous = Föregående
page-next = Nästa
page-of = Sida { $page } av { $pages }

## Lagring
storage-recovered-title = Sparat arbete kunde inte läsas, så demoklientorganisationen lästes in.
storage-error-not-json = Den sparade texten är inte giltig JSON.
storage-error-future-version = Den skrevs av en nyare version av simulatorn.
storage-error-wrong-shape = Delar saknas eller har fel typ.
storage-error-broken-history = Händelsehistoriken är i fel ordning.
storage-recovered-backup = Den oläsbara texten finns kvar orörd under en reservnyckel ({ $detail }).
storage-failed = Webbläsarens lagring är full eller otillgänglig: ditt arbete finns bara kvar i den här fliken tills du stänger den.

## Roller och erbjudanden
role-admin-agent = Administratörsagent
role-sales-agent = Försäljningsagent
role-helpdesk-agent = Supportagent
role-in-text-admin-agent = administratörsagent
role-in-text-sales-agent = försäljningsagent
role-in-text-helpdesk-agent = supportagent
rbac-owner = Ägare
rbac-reservation-purchaser = Reservationsköpare
rbac-contributor = Deltagare
rbac-reader = Läsare
rbac-none = ingen roll
actor-simulator = Simulatorn
subscription-azure-plan = Azure-plan
subscription-azure-global = Microsoft Azure (Azure Global)
kind-customer = kund
kind-subscription = prenumeration
kind-reservation = reservation
kind-product = produkt
kind-region = region
kind-user = användare

## Kunder
customers-title = Kunder
customers-search = Sök kunder
customers-col-name = Namn
customers-col-domain = Domän
customers-col-permission = Kunden får köpa
customers-none = Ingen kund matchar.
customers-add-title = Lägg till en kund
customers-add = Lägg till kund
tab-subscriptions = Prenumerationer
tab-account = Konto
tab-order-history = Orderhistorik
tab-reservations = Reservationer
who-may-link = Vem får?
account-domain = Domän
account-tenant-id = Klientorganisations-ID
permissions-title = Kundbehörigheter
permissions-intro = Låt kunden köpa sina egna produkter i Azure-portalen, fakturerat till dig.
permissions-azure-reservations = Azure-reservationer
permissions-allow = Tillåt kund att köpa
permissions-r6-note = Du betalar för varje köp som kunden gör och får inget meddelande om köpen: kontrollera sidorna Orderhistorik och Aktivitetslogg (R6).
subscriptions-none = Kunden har ingen prenumeration än.
reservations-none = Kunden har inga reservationer än.
orders-none = Inga ordrar än.
subscriptions-buy-title = Köp en prenumeration
subscriptions-buy = Köp prenumeration

## Kolumner
col-name = Namn
col-offer = Erbjudande
col-status = Status
col-product = Produkt
col-region = Region
col-term = Löptid
col-billing-plan = Faktureringsplan
col-quantity = Antal
col-billing-subscription = Faktureringsprenumeration
col-scope = Omfång
col-web-direct = Web Direct-pris
col-partner-cost = Partnerns kostnad
col-customer-price = Kundpris
col-margin = Marginal
col-order = Order
col-date = Datum
col-bought-by = Köpt av
col-billed-to = Fakturerat till
col-reservation = Reservation
col-ends = Slutar
col-actions = Åtgärder
col-utilisation = Utnyttjande
col-subscription = Prenumeration
col-user = Användare
col-role = Roll
term-years = { $years ->
    [one] { $years } år
   *[other] { $years } år
}
plan-upfront = I förskott
plan-monthly = Månadsvis (samma summa)
scope-shared = Delat (alla prenumerationer)
scope-single = Enskild prenumeration: { $subscription }
status-active = Aktiv
status-suspended = Pausad
status-cancelled = Avbruten
status-exchanged = Utbytt
status-expired = Utgången
status-renewed = Förnyad
status-succeeded = Lyckades
channel-partner-center = { $user } (partner, Partnercenter)
channel-azure-portal = { $user } (kund, Azure-portalen)
channel-auto-renew = Automatisk förnyelse
channel-exchange = { $user } (utbyte)
billed-to-partner = { $partner } (partner)

## Köp och reservationer
pc-buy-title = Köp en reservation för kundens räkning
pc-buy-on-behalf = Köp för kundens räkning
portal-purchase = Köp
quote-web-direct = Web Direct-pris (visas i Azure-portalen)
quote-customer-price = Pris som din partner tar ut
quote-partner-cost = Partnerns kostnad
quote-r8-note = Partnern bestämmer priset kunden betalar; det kan skilja sig från Web Direct-priset (R8).
purchase-precheck-title = Det här köpet skulle nekas:
input-quantity-empty = Ange ett antal.
input-quantity-whole = Antalet måste vara ett heltal.
input-quantity-range = Antalet måste vara mellan 1 och { $max }.
input-name-empty = Ange ett namn.
input-name-too-long = { $max ->
    [one] Ett namn har högst 1 tecken.
   *[other] Ett namn har högst { $max } tecken.
}
input-price-empty = Ange ett pris.
input-price-not-number = Ange ett belopp som 540, 540,25 eller 1 234,56.
input-price-negative = Ett pris kan inte vara negativt.
input-price-decimals = Ett pris har högst två decimaler.
input-price-too-large = Det priset är för högt.
input-domain-invalid = Ange en domän som contoso.example.
input-domain-taken = Det finns redan en kund med domänen { $domain }.
input-already-suspended = Prenumerationen är redan pausad.
input-already-active = Prenumerationen är redan aktiv.
input-role-already-assigned = Användaren har redan den rollen.
input-role-not-assigned = Användaren har inte den rollen.
input-user-other-customer = Användaren tillhör en annan kund.
input-fee-range = Avgiften måste vara mellan 0 % och 100 %.
input-auto-renew-unchanged = Automatisk förnyelse är redan inställd så.
input-scope-unchanged = Reservationen har redan det omfånget.
input-usage-range = { $max ->
    [one] Användningen får vara högst 1 timme per månad.
   *[other] Användningen får vara högst { $max } timmar per månad.
}
input-clock-zero = Flytta klockan minst en dag eller månad framåt.
input-clock-range = Klockan flyttas högst 10 år åt gången.
exchange-quantity = Nytt antal
exchange-product = Byt till
cancel-confirm-text = Kunden får tillbaka { $refund } (avgift för tidig uppsägning { $fee }). Det går inte att ångra.
cancel-confirm-monthly = Faktureras månadsvis: { $paid } betalt hittills; återstående betalningar ({ $stopped }) upphör och bara den oanvända delen av det som betalats återbetalas.
cancel-confirm-counted = { $counted } i annullerat åtagande räknas mot gränsen på 50 000 USD i återbetalningar per 12 månader (R12).
cancel-confirm-partner = Microsoft återbetalar { $partner } till dig: din egen kostnad, proportionellt beräknad på samma sätt (R12).
col-refund = Återbetalning
order-refund = { $refund } återbetalt (till partnern: { $partner }).
order-stopped = Framtida betalningar stoppade: { $stopped }.
purchase-auto-renew = Förnya automatiskt när perioden tar slut
exchange-auto-renew = Förnya den nya reservationen automatiskt
cancel-confirm = Avbryt reservationen

## Meddelanden
notice-denied-title = Åtgärden är inte tillåten:
notice-reservation-bought = Reservationen är köpt.
notice-subscription-bought = Prenumerationen är köpt.
notice-customer-added = Kunden är tillagd.
notice-permission-on = Kundinköpsbehörigheten är aktiverad.
notice-permission-off = Kundinköpsbehörigheten är inaktiverad.
notice-price-saved = Priset är sparat.
notice-cancelled = Reservationen är avbruten och återbetald.
notice-exchanged = Reservationen är utbytt.
notice-auto-renew = Automatisk förnyelse uppdaterad.
notice-scope-changed = Omfånget är ändrat.
notice-role-assigned = Rollen är tilldelad.
notice-role-removed = Rollen är borttagen.
notice-clock-advanced = Den simulerade klockan har flyttats framåt.
notice-reset-done = Demoklientorganisationen är återställd.

## Priser
pricing-title = Priser
pricing-intro = Ange vad dina kunder betalar för varje reservation (per enhet, hela löptiden). Azure-portalen visar Web Direct-priset (R8).
pricing-row = { $product }, { $term }
pricing-price-label = Kundpris: { $row }
pricing-save-label = Spara kundpriset: { $row }

## Aktivitetslogg
activity-title = Aktivitetslogg
activity-from = Från
activity-to = Till och med
activity-customer = Kund
activity-customer-hint = Namn eller id
activity-operation = Åtgärd
activity-any = Alla
activity-export = Exportera CSV

## Azure-portalen
portal-home = Start
portal-nav-reservations = Reservationer
portal-nav-purchase = Köp reservationer
portal-reservations-none = Inga reservationer än.
portal-commands = Kommandon
portal-purchase-title = Köp reservationer
portal-partner-hint = Välj en kundanvändare för att se kundens Azure-portal.
portal-r10-note = Utbyten, återbetalningar, förnyelser och ändrat omfång görs av din partner (R10).
savings-title = Reservationernas täckning
savings-used = Användningstimmar per månad
savings-covered = Täckt av reservationer
savings-uncovered = Inte täckt (betala per användning)
savings-chart-label = Användning som täcks och inte täcks av reservationer, per prenumeration
iam-title = Åtkomstkontroll (IAM)
iam-intro = Rolltilldelningar för { $subscription }.
iam-assign = Lägg till rolltilldelning
iam-remove = Ta bort

## Vem får?
who-may-title = Vem får?
who-may-persona = Persona
who-may-reservation = Reservation
who-may-more = { $count ->
    [one] 1 skäl till
   *[other] { $count } skäl till
}
grid-permission-on = Aktivera behörighet
grid-permission-off = Inaktivera behörighet
grid-buy = Köpa
grid-exchange = Byta ut
grid-cancel = Avbryta
grid-renew = Förnya
grid-change-scope = Ändra omfång
rules-title = Reglerna

## Skäl från domänen
allow-r2-admin-agent = Administratörsagenter får ändra kundinköpsbehörigheten.
deny-r2-read-only = En { $role } kan bara se kundinköpsbehörigheten; bara en administratörsagent får ändra den.
deny-r2-customer = Kundanvändare kan inte ändra inköpsbehörigheten; bara partnerns administratörsagent kan det.
allow-r3-has-eligible-subscription = Kunden har en berättigad prenumeration.
deny-r3-no-eligible-subscription = Kunden har ingen aktiv prenumeration med Azure-plan eller Azure Global från dig: köp en först.
allow-r4-logged = Ändringen skrivs i aktivitetsloggen.
deny-permission-already-on = Kundinköpsbehörigheten är redan aktiverad.
deny-permission-already-off = Kundinköpsbehörigheten är redan inaktiverad.
allow-r5-own-customer = Användaren tillhör den här kunden.
deny-r5-other-customer = Användaren tillhör inte den här kunden.
allow-r5a-permission-on = Partnern tillåter kunden att köpa.
deny-r5a-permission-off = Din partner har inte tillåtit din organisation att köpa reservationer (kundinköpsbehörigheten är inaktiverad).
allow-r5b-eligible-subscription = { $subscription } är en berättigad faktureringsprenumeration.
deny-r5b-no-subscription = Välj en aktiv prenumeration med Azure-plan eller Azure Global i din organisation.
deny-r5b-subscription-other-customer = { $subscription } tillhör inte din organisation.
deny-r5b-subscription-suspended = { $subscription } är pausad.
allow-r5c-owner = Du har rollen Ägare eller Reservationsköpare för { $subscription }.
deny-r5c-not-owner = Du behöver rollen Ägare eller Reservationsköpare för { $subscription }.
allow-r7-buy-reservation = Partnern får köpa reservationer åt kunden, oavsett behörigheten.
allow-r7-buy-subscription = Partnern får köpa prenumerationer åt kunden.
deny-r7-helpdesk = En { $role } kan inte köpa åt kunder.
deny-r7-not-partner = Bara partnern köper via Partnercenter.
allow-r7-eligible-subscription = { $subscription } är berättigad.
deny-r7-no-subscription = Kunden har ingen berättigad prenumeration: köp en Azure-plan först.
deny-r7-subscription-other-customer = { $subscription } tillhör en annan kund.
deny-r7-subscription-suspended = { $subscription } är pausad.
allow-r8-set-price = Administratörs- och försäljningsagenter anger kundpriser.
deny-r8-set-price = Bara partnerns administratörs- och försäljningsagenter anger kundpriser.
allow-r9-scope = Omfånget omfattar berättigade prenumerationer hos den här kunden.
deny-r9-scope-subscription = Omfånget måste vara en aktiv prenumeration hos samma kund ({ $id }).
allow-r10-partner-manages = Partnern får byta ut, avbryta, förnya och ändra omfång för reservationer.
deny-r10-ask-partner = Kunder kan inte byta ut, avbryta, förnya eller ändra omfång för en reservation: fråga din partner.
allow-r12-refund = Återbetalning { $refund }; { $remaining } av den årliga återbetalningsgränsen skulle återstå.
deny-r12-cap = En återbetalning på { $refund } skulle överskrida gränsen på { $cap } per rullande tolvmånadersperiod ({ $used } har redan använts).
deny-r13-product-type = Ett utbyte måste ske inom samma produkttyp.
deny-r13-commitment = Det nya åtagandet ({ $new }) måste vara minst det återlämnade värdet ({ $returned }).
allow-reservation-active = Reservationen är aktiv.
deny-reservation-not-active = Reservationen { $reservation } är inte längre aktiv.
deny-no-reservation = Kunden har ingen aktiv reservation att hantera.
allow-s1-admin-agent = Administratörsagenter konfigurerar klientorganisationen.
deny-s1-admin-agent-only = Bara en administratörsagent får göra detta.
allow-s2-admin-on-behalf = Administratörsagenter hanterar åtkomst för kundens räkning.
allow-s2-owner = Ägare hanterar åtkomsten till sin prenumeration.
deny-s2-not-owner = Bara den som har rollen Ägare för prenumerationen, eller partnerns administratörsagent, får ändra rolltilldelningar.
allow-simulator-control = Styrning av simulatorn.
deny-simulator-only = Bara simulatorn själv får göra detta.
deny-unknown-id = Det finns ingen { $kind } ”{ $id }”.
deny-unknown-user = Användaren finns inte.

## Åtgärder i aktivitetsloggen
op-add-partner-user = Lägg till partneranvändare
op-add-customer = Lägg till kund
op-add-customer-user = Lägg till kundanvändare
op-buy-subscription = Köp prenumeration
op-suspend-subscription = Pausa prenumeration
op-reactivate-subscription = Återaktivera prenumeration
op-assign-role = Tilldela roll
op-remove-role = Ta bort roll
op-create-customer-purchase-permissions = Skapa kundinköpsbehörigheter
op-delete-customer-purchase-permissions = Ta bort kundinköpsbehörigheter
op-set-customer-price = Uppdatera kundpris
op-set-early-termination-fee = Uppdatera avgift för tidig uppsägning
op-purchase-reservation-partner = Reservation köpt av partner
op-purchase-reservation-customer = Reservation köpt av kund
op-exchange-reservation = Byt ut reservation
op-cancel-reservation = Avbryt reservation (återbetalning)
op-set-auto-renew = Uppdatera automatisk förnyelse
op-change-scope = Ändra reservationens omfång
op-renew-reservation = Reservation förnyad
op-expire-reservation = Reservation utgången
op-record-usage = Registrera användning
op-advance-clock = Simulerad klocka framflyttad

## Regler (DOMAIN.md)
rule-r1 = R1 — Varje kunds inköpsbehörighet är som standard inaktiverad.
rule-r2 = R2 — Bara en administratörsagent får aktivera eller inaktivera en kunds inköpsbehörighet. Försäljningsagenter och supportagenter kan bara se den. Ingen kundanvändare får ändra den.
rule-r3 = R3 — Behörigheten kan bara aktiveras för en kund med en berättigad prenumeration (en aktiv Azure-plan eller Azure Global, köpt via den här partnern). En administratörsagent kan alltid inaktivera den.
rule-r4 = R4 — Aktivering skriver ”Skapa kundinköpsbehörigheter” i aktivitetsloggen; inaktivering skriver ”Ta bort kundinköpsbehörigheter”.
rule-r5 = R5 — En kundanvändare får köpa en reservation bara när (a) inköpsbehörigheten är aktiverad, (b) faktureringsprenumerationen är berättigad och kundens egen, och (c) användaren har rollen Ägare eller Reservationsköpare för den.
rule-r6 = R6 — När behörigheten är aktiverad betalar partnern för varje senare köp kunden gör och meddelas inte; varje köp syns i orderhistoriken, på sidan Reservationer och i aktivitetsloggen.
rule-r7 = R7 — Administratörs- och försäljningsagenter kan köpa reservationer för kundens räkning oavsett behörigheten; de behöver ändå en berättigad prenumeration.
rule-r8 = R8 — Partnern bestämmer priset kunden betalar; Azure-portalen visar Web Direct-priset.
rule-r9 = R9 — Med delat omfång gäller rabatten alla kundens prenumerationer; med enskild prenumeration bara den. Besparingar beräknas från exakta belopp och avrundas till hela cent en gång per visat belopp.
rule-r10 = R10 — En kund kan inte byta ut, avbryta, förnya eller ändra omfång för en reservation, inte ens sin egen: partnern kan.
rule-r11 = R11 — Att inaktivera behörigheten påverkar inte befintliga reservationer.
rule-r12 = R12 — Återbetalningar: högst 50 000 USD i annullerat åtagande per kund under en rullande tolvmånadersperiod, beräknat på det lägre av inköpspriset och det aktuella priset; ingen avgift för tidig uppsägning tas ut i dag. Förskottsbetalt: det proportionella återstående värdet återbetalas. Månadsvis: framtida betalningar upphör och bara den oanvända delen av det som betalats återbetalas; de stoppade betalningarna räknas mot gränsen.
rule-r13 = R13 — Utbyten sker inom produkttypen; det nya åtagandet är minst det återlämnade värdet; utbyten räknas inte mot återbetalningsgränsen. Ett utbyte är en återbetalning och ett nytt köp: den nya reservationen behöver en berättigad faktureringsprenumeration och ett berättigat omfång, börjar en ny period och får den inställning för automatisk förnyelse som väljs för den, som vid ett köp. Reservationer för tjänster som besparingsplaner stöder (virtuella datorer, Dedicated Host, App Service, SQL Database) som köpts den 1 februari 2027 eller senare kan inte bytas ut; en som köpts före kan bytas ut fritt fram till dess och behåller ett sista utbyte efteråt. Cosmos DB-reservationer kan fortfarande bytas ut.
rule-r14 = R14 — Automatisk förnyelse är på som standard när en reservation köps (sedan 2024); köparen kan stänga av den och partnern kan ändra den fram till utgången. När den är på ersätts reservationen vid utgång av en likadan; annars går den ut.
rule-r15 = R15 — Varje tillståndsändring registreras i aktivitetsloggen med den som utförde den (kolumner: datum och tid, berörd kund, åtgärd, partneranvändare); bara administratörsagenter får öppna den. Kundens egna besparingsplaner är undantaget (R18).
rule-v1 = V1 — Indata måste vara korrekta: kända ID:n, antal 1–10 000, namn på 1–100 tecken, priser på minst 0.
rule-s1 = S1 — Att konfigurera klientorganisationen (kunder, användare, prenumerationsstatus, avgifter) är administratörsagentens uppgift.
rule-s2 = S2 — Rolltilldelningar för en prenumeration ändras av dess ägare, eller av partnerns administratörsagenter för kundens räkning.

## Scenario och data
nav-scenario = Scenario och data
scenario-title = Scenario och data
expectations-title = Förväntningar
expectations-none = Inga förväntningar: importera en scenariofil som har sådana.
expectations-action = Åtgärd
expectations-target = Mål
expectations-expected = Förväntat
expectations-result = Utfall
expectation-passed = Godkänd
expectation-failed = Underkänd
scenario-export-title = Exportera och dela
scenario-export-intro = En scenariofil innehåller hela historiken och förväntningarna, med språkoberoende koder: en fil som exporterats på svenska kan importeras på engelska.
scenario-export = Exportera scenario
scenario-share = Skapa delningslänk
scenario-share-label = Delningslänk (öppnas i en sandlåda; mottagarens sparade arbete lämnas orört)
scenario-import-title = Importera
scenario-import-intro = Vid import kontrolleras filen först; ditt sparade arbete ersätts först när du bekräftar.
scenario-import-file = Scenariofil
scenario-import-paste = Eller klistra in ett scenario
scenario-import = Kontrollera och importera
scenario-start-over = Börja om
start-blank = Börja tomt
confirm-reset = Ersätta ditt sparade arbete med demoklientorganisationen?
confirm-blank = Ersätta ditt sparade arbete med en tom klientorganisation (bara partneranvändare)?
confirm-import = Ersätta ditt sparade arbete med det här scenariot ({ $events }, { $expectations })?
count-events = { $count ->
    [one] 1 händelse
   *[other] { $count } händelser
}
count-expectations = { $count ->
    [one] 1 förväntning
   *[other] { $count } förväntningar
}
confirm-yes = Ersätt
confirm-no = Avbryt
import-failed = { $count ->
    [one] Filen importerades inte: 1 problem.
   *[other] Filen importerades inte: { $count } problem.
}
import-error-too-large = filen är större än 5 MB
import-error-not-json = inte giltig JSON
import-error-shape = saknas eller har fel typ
import-error-format = inte ett scenario från CSP-reservationssimulatorn
import-error-version = en scenarioversion som simulatorn inte känner till
import-error-missing = obligatorisk men saknas
import-error-unknown-field = ingår inte i formatet
import-error-unknown-ref = hänvisar till något som inte finns
import-error-expect = måste vara ”allowed” eller ”denied”
import-error-link = länken är skadad
import-error-sequence = historikens numrering är bruten
import-error-step-shape = ett steg skickar ett kommando eller en API-begäran, inte båda; ett steg som inte skickar något anger sidan det öppnar
import-error-refused = reglerna nekar det här steget
import-error-mismatch = stegets resultat är inte det reglerna ger
import-error-clock = en klockflytt är ofullständig eller går bakåt
share-opening = Öppnar det delade scenariot…
share-broken = Delningslänken kan inte öppnas
storage-download-backup = Ladda ned
storage-recovered-untouched = Sparade data kunde inte säkerhetskopieras, så de lämnas som de var och den här fliken sparar ingenting.
storage-migrated = Ditt sparade arbete uppgraderades från lagringsversion { $from }.
storage-full = Webbläsarens lagring är full: fliken behåller ditt arbete, men det sparas inte. Exportera det, frigör utrymme och försök igen.
storage-retry = Försök spara igen
sandbox-text = Du tittar på ett delat scenario. Ditt sparade arbete lämnas orört tills du behåller det här.
sandbox-keep = Behåll scenariot
sandbox-leave = Tillbaka till mitt arbete
notice-blank-done = En tom klientorganisation har startats.
notice-imported = Scenariot har importerats.
notice-sandbox-kept = Det delade scenariot är nu ditt sparade arbete.
storage-unsaved = { $count ->
    [one] 1 åtgärd är inte sparad än.
   *[other] { $count } åtgärder är inte sparade än.
}
storage-brought-up-to-date = En annan flik ändrade ditt sparade arbete på ett sätt som den här fliken inte hade följt (ångra, börja om eller importera): fliken visar nu det som är sparat.
storage-refused-title = { $count ->
    [one] En annan flik ändrade samma arbete först: 1 av dina osparade åtgärder går inte längre att utföra och behölls inte.
   *[other] En annan flik ändrade samma arbete först: { $count } av dina osparade åtgärder går inte längre att utföra och behölls inte.
}

## Besparingsplaner, övergångsperioden, inbyten (R13, R15–R21)
kind-savings-plan = besparingsplan
permissions-azure-savings-plan = Azure-besparingsplan
grid-sp-permission-on = Aktivera behörighet för besparingsplaner
grid-sp-permission-off = Inaktivera behörighet för besparingsplaner
grid-buy-savings-plan = Köpa besparingsplan
grid-cancel-savings-plan = Avbryta besparingsplan
grid-trade-in = Byta in mot besparingsplan
allow-r13-until-further-notice = Inget slut för utbyten är angivet i den här klientorganisationen: reservationer kan bytas ut tills vidare (som före den 1 februari 2027).
allow-r13-grace-period = Kan bytas ut till { $end }; efter det datumet behåller en reservation som köpts före det ett sista utbyte.
allow-r13-one-more-exchange = Utbyten upphörde { $end } för reservationer av tjänster som besparingsplaner stöder; den här köptes { $bought }, före det datumet, så den behåller ett sista utbyte (reservationen den blir kan inte bytas ut).
deny-r13-grace-period-over = Reservationer för tjänster som besparingsplaner stöder som köpts { $end } eller senare kan inte bytas ut; den här började { $bought } (köpt, förnyad eller erhållen i ett utbyte då). Den kan fortfarande bytas in mot en besparingsplan (R21).
allow-r13-not-compute = Besparingsplaner stöder inte den här tjänsten, så slutet för utbyten gäller inte: den kan fortfarande bytas ut.
allow-r21-trade-in = Reservationer för virtuella datorer, Dedicated Host och App Service kan när som helst bytas in mot en besparingsplan.
allow-r21-commitment = Besparingsplanen har ett totalt åtagande på { $total }, minst de { $returned } som reservationen återlämnar.
allow-r21-database = En SQL Database-reservation kan bytas in mot en ettårig besparingsplan för databaser.
deny-r21-not-compute = Bara reservationer för virtuella datorer, Dedicated Host och App Service (mot en besparingsplan för beräkning) och SQL Database-reservationer (mot en besparingsplan för databaser) kan bytas in; Cosmos DB-reservationer inte.
deny-r21-commitment = Besparingsplanens totala åtagande ({ $total }) måste vara minst det som reservationen återlämnar ({ $returned }): åta dig minst { $minimum } per timme.
deny-r21-database-one-year = En SQL Database-reservation byts in mot en ettårig besparingsplan för databaser: välj ett år.
allow-r15-admin-agent = Administratörsagenter får öppna sidan Aktivitetslogg.
deny-r15-admin-only = En { $role } får inte öppna sidan Aktivitetslogg: Partnercenter anger administratörsagent som rollen för den.
deny-r15-partner-only = Sidan Aktivitetslogg är en sida i Partnercenter för partnerns administratörsagenter.
allow-r17a-permission-on = Partnern tillåter kunden att köpa besparingsplaner.
deny-r17a-permission-off = Din partner har inte tillåtit din organisation att köpa besparingsplaner (behörigheten Azure-besparingsplan är inaktiverad).
allow-r17c-owner = Du har rollen Ägare för { $subscription }.
deny-r17c-not-owner = Du behöver rollen Ägare för { $subscription } för att köpa en besparingsplan (Reservationsköpare är en roll för reservationer).
deny-r17-admin-agent-only = Bara en administratörsagent köper en besparingsplan åt en kund: en { $role } kan inte det (”För närvarande kan försäljningsagenter inte köpa Azure-besparingsplaner”, Partnercenter). Reservationer kan en försäljningsagent fortfarande köpa (R7).
allow-r17-partner-buys = En administratörsagent får köpa besparingsplaner åt kunden, oavsett behörigheten.
allow-r20-partner-manages = Partnern får ändra omfång och automatisk förnyelse för en besparingsplan.
deny-r20-ask-partner = Kunder kan inte ändra omfång eller automatisk förnyelse för en besparingsplan: fråga din partner.
deny-r20-final = Ingen kan avbryta, byta ut eller få återbetalning för en besparingsplan: varje köp av en besparingsplan är slutgiltigt.
allow-savings-plan-active = Besparingsplanen är aktiv.
deny-savings-plan-not-active = Besparingsplanen { $plan } är inte längre aktiv.
deny-no-savings-plan = Kunden har ingen besparingsplan att hantera.
input-commitment-range = Åtagandet per timme måste vara mellan 0,01 USD och { $limit }.
op-purchase-savings-plan-partner = Besparingsplan köpt av partner
op-purchase-savings-plan-customer = Besparingsplan köpt av kund
op-set-savings-plan-auto-renew = Uppdatera automatisk förnyelse för besparingsplan
op-change-savings-plan-scope = Ändra besparingsplanens omfång
op-renew-savings-plan = Besparingsplan förnyad
op-reservation-not-renewed = Reservationen förnyades inte
op-expire-savings-plan = Besparingsplan utgången
op-trade-in-reservation = Byt in reservation mot en besparingsplan
op-set-exchange-grace-period-end = Uppdatera slutet för utbyten av reservationer
rule-r16 = R16 — En andra växel, ”Tillåt kund att köpa” under Azure-besparingsplan, fungerar för sig enligt R1–R4 och R11: inaktiverad som standard, ändras bara av en administratörsagent, aktiveras bara med en berättigad prenumeration, varje ändring registreras som Skapa / ta bort kundinköpsbehörigheter.
rule-r17 = R17 — En kundanvändare får köpa en besparingsplan bara när (a) behörigheten för besparingsplaner är aktiverad, (b) faktureringsprenumerationen är berättigad och kundens egen, och (c) användaren har rollen Ägare för den. Partnern får köpa en åt kunden oavsett behörigheten, men bara en administratörsagent: försäljningsagenter kan inte köpa besparingsplaner eller byta in en reservation mot en.
rule-r18 = R18 — Partnern betalar för kundens besparingsplaner och får inget meddelande, men besparingsplaner som kunden köper själv syns inte i Partnercenter eller dess API:er (inte i orderhistoriken, under Reservationer eller i aktivitetsloggen): bara i Azure-portalen under Sparplaner. Besparingsplaner som partnern köper syns i orderhistoriken.
rule-r19 = R19 — Varje timme debiteras beräkningsanvändning som ingen reservation täcker till besparingsplanens pris tills åtagandet per timme är förbrukat; resten debiteras enligt betala per användning, och åtagande som inte används under en timme går förlorat. Delat omfång gäller alla kundens prenumerationer; en prenumeration bara den.
rule-r20 = R20 — Ingen, varken kund eller partner, kan avbryta, byta ut eller få återbetalning för en besparingsplan. Omfång och automatisk förnyelse följer R10: partnern ändrar dem.
rule-r21 = R21 — En reservation för virtuella datorer, Dedicated Host eller App Service kan när som helst bytas in mot en besparingsplan för beräkning, även efter att utbytena har upphört; en SQL Database-reservation mot en ettårig besparingsplan för databaser (som täcker databasanvändning som R19 täcker beräkning). Reservationen avbryts med återbetalningen enligt R12 och planens totala åtagande måste vara minst det återlämnade värdet: som standard det åtagande per timme som värdet räcker till, avrundat uppåt till hela cent. Det gör partnern (R10), en administratörsagent (R17), och det räknas inte mot återbetalningsgränsen.

## Blad, besparingsplaner och inställningar (konsolerna)
breadcrumb-label = Sökväg
precheck-title = Det här skulle nekas:
command-exchange = Byt ut
command-refund = Återbetala
command-renew = Förnya
command-change-scope = Ändra omfång
command-trade-in = Byt in
col-auto-renew = Automatisk förnyelse
col-starts = Börjar
channel-trade-in = { $user } (inbyte)
auto-renew-is-on = Automatisk förnyelse är på: ett likadant köp ersätter den när perioden tar slut.
auto-renew-is-off = Automatisk förnyelse är av: den går ut när perioden tar slut, och användningen debiteras sedan enligt betala per användning.
auto-renew-r14-note = Automatisk förnyelse kan slås på eller av när som helst före utgången, av partnern (R14, R10).
auto-renew-turn-on = Slå på automatisk förnyelse
auto-renew-turn-off = Stäng av automatisk förnyelse
exchange-returned = Återlämnat värde
exchange-new-total = Nytt åtagande
exchange-r13-note = Bara inom samma produkttyp; det nya åtagandet måste vara minst det återlämnade värdet; den nya reservationen börjar en ny period i dag, får den inställning för automatisk förnyelse du väljer och behöver en berättigad faktureringsprenumeration och ett berättigat omfång (R13).
exchange-confirm = Bekräfta utbyte
scope-r9-note = Med delat omfång gäller rabatten matchande användning i alla kundens prenumerationer; med enskild prenumeration bara den (R9).
scope-confirm = Spara omfång
trade-in-default-name = Inbytt från { $reservation }
trade-in-refund = Återbetalas nu
trade-in-stopped = Framtida betalningar som upphör
trade-in-value = Återstående värde
trade-in-default-commitment = Åtagande per timme som det räcker till
trade-in-database-note = En SQL Database-reservation blir en ettårig besparingsplan för databaser (R21).
trade-in-r21-note = Reservationen avbryts med återbetalningen enligt R12 och besparingsplanen köps, faktureras och får samma omfång som reservationen; ett inbyte räknas inte mot återbetalningsgränsen och kan göras när som helst (R21).
trade-in-confirm = Byt in mot besparingsplanen
notice-traded-in = Reservationen är inbytt mot en besparingsplan.
notice-savings-plan-bought = Besparingsplanen är köpt.
notice-settings-saved = Inställningen är sparad.
savings-plan-name = Besparingsplanens namn
savings-plan-id = Besparingsplanens ID
savings-plan-commitment = Åtagande per timme (USD)
savings-plan-commitment-hint = Till exempel 5,00: vad du åtar dig att spendera på beräkning varje timme, med cent.
savings-plan-per-hour = { $amount } per timme
savings-plan-total = Totalt åtagande för perioden
savings-plan-monthly = Månadsbetalning
savings-plan-auto-renew = Förnya automatiskt när perioden tar slut (av som standard)
savings-plan-renew-note = En förnyelse köper samma plan igen när den här tar slut; den ärver inte automatisk förnyelse. Partnern ändrar den (R20).
savings-plan-purchase = Köp besparingsplan
savings-plan-purchase-title = Köp sparplan
savings-plan-covered = Täckt av besparingsplaner
portal-savings-plan-covered = Täckt av sparplaner
savings-plan-kind = Plantyp
savings-plan-kind-compute = Besparingsplan för beräkning
savings-plan-kind-database = Besparingsplan för databaser
savings-plans-none = Inga besparingsplaner.
savings-saved = Sparat per månad
savings-total = Sparat per månad totalt: { $saved }.
savings-bar-three = { $used_count ->
    [one] { $reserved } av reservationer, { $plan } av besparingsplaner, { $payg } med betala per användning, av { $used } timme
   *[other] { $reserved } av reservationer, { $plan } av besparingsplaner, { $payg } med betala per användning, av { $used } timmar
}
portal-savings-bar-three = { $used_count ->
    [one] { $reserved } av reservationer, { $plan } av sparplaner, { $payg } med betala per användning, av { $used } timme
   *[other] { $reserved } av reservationer, { $plan } av sparplaner, { $payg } med betala per användning, av { $used } timmar
}
savings-bar-database = { $hours_count ->
    [one] { $hours } timme under en besparingsplan för databaser.
   *[other] { $hours } timmar under en besparingsplan för databaser.
}
portal-savings-bar-database = { $hours_count ->
    [one] { $hours } timme under en sparplan för databaser.
   *[other] { $hours } timmar under en sparplan för databaser.
}
savings-database-plan-covered = Besparingsplan för databaser
portal-savings-database-plan-covered = Sparplan för databaser
tab-savings-plans = Besparingsplaner
pc-buy-savings-plan-title = Köp en besparingsplan för kundens räkning
order-savings-plan = Azure-besparingsplan — { $name } ({ $amount } per timme)
customers-col-savings-plan-permission = Får köpa besparingsplaner
portal-nav-savings-plans = Sparplaner
portal-notice-savings-plan-bought = Sparplanen är köpt.
portal-r20-note = Sparplaner kan inte avbrytas, bytas ut eller återbetalas; omfång och automatisk förnyelse ändras av din partner (R20).
portal-error-no-eligible-subscriptions = Inga berättigade prenumerationer
portal-error-subscription-not-eligible = Prenumerationen är inte berättigad till köp
portal-error-not-owner = Du har inte åtkomst som ägare eller reservationsköpare för prenumerationen
portal-savings-plan-name = Sparplanens namn
portal-savings-plan-id = Sparplanens ID
portal-savings-plan-purchase = Köp sparplan
portal-savings-plan-kind-compute = Sparplan för beräkning
portal-savings-plan-kind-database = Sparplan för databaser
portal-savings-plans-none = Inga sparplaner.
nav-settings = Simulatorns inställningar
settings-title = Simulatorns inställningar
settings-intro = Inställningar för den här övningsklientorganisationen som Partnercenter inte har: med dem kan en utbildare visa regler som beror på ett datum som Microsoft ska meddela.
settings-grace-title = Slutet för utbyten av reservationer (R13)
settings-grace-none = Inget slut är angivet: reservationer kan bytas ut tills vidare (regeln före den 1 februari 2027).
settings-grace-ends = Utbyten upphör { $end }.
settings-grace-hint = Microsofts utbytesprincip (Azure ”Självbetjäning för utbyten och återbetalningar”, 22 juli 2026) anger slutet till den 1 februari 2027, standardvärdet för varje ny klientorganisation. Reservationer för tjänster som besparingsplaner stöder som köpts vid slutet eller senare kan inte bytas ut; en som köpts före behåller ett sista utbyte. Inbyten är fortfarande möjliga (R21). Flytta slutet för att visa regeln före eller efter det; rensa det för att visa regeln som den var.
settings-grace-date = Slutdatum
settings-grace-set = Ange slutet
settings-grace-clear = Tills vidare
input-date-invalid = Ange ett datum som 2027-02-01.
who-may-plan = Besparingsplan
who-may-r18-note = { $count ->
    [one] Kunden har själv köpt 1 besparingsplan. Partnercenter visar den aldrig, inte i orderhistoriken, under Reservationer eller i aktivitetsloggen: bara kundens Azure-portal (Sparplaner) gör det. Partnern betalar ändå för den.
   *[other] Kunden har själv köpt { $count } besparingsplaner. Partnercenter visar dem aldrig, inte i orderhistoriken, under Reservationer eller i aktivitetsloggen: bara kundens Azure-portal (Sparplaner) gör det. Partnern betalar ändå för dem.
}

## Konsol för Partnercenter-API:et (SelfServePolicy)
nav-api-console = API-konsol
api-title = Konsol för Partnercenter-API:et
api-intro = Aktivera och inaktivera kundinköpsbehörigheter som partner som automatiserar gör: med SelfServePolicy-anropen i Partnercenter-API:et. Ett anrop följer samma regler som växlarna på sidan Konto och skriver samma rader i aktivitetsloggen.
api-speaks-as = Begäranden skickas med token för { $user }, den inloggade personan.
api-customer = Kund
api-pick = Anrop
api-pick-none = Välj ett för att fylla i begäran
api-call-post = Skapa principen
api-call-get-by-customer = Hämta kundens principer
api-call-get-by-id = Hämta principen efter ID
api-call-put = Uppdatera principen (med dess etag)
api-call-delete = Ta bort principen
api-method = Metod
api-path = Sökväg
api-body = Brödtext (JSON)
api-send = Skicka
api-request = Begäran
api-response = Svar
api-copy = Kopiera
api-history = Begäranden som skickats under det här besöket
api-history-none = Inga än.
api-partner-tool = Partnercenter-API:et är partnerns verktyg: välj en partneranvändare (en administratörsagent får ändra principer; försäljnings- och supportagenter får läsa dem).
api-show-request = Visa som API-begäran
api-it-was = Den senaste ändringen av växeln, som API-begäran och svaret den var:
api-would-be = Att slå om växeln nu är den här begäran:

## Startsida, lektioner, lektionspanel, lektionsverktyg, ångra
nav-start = Startsida
nav-lessons = Lektioner
undo = Ångra
redo = Gör om
undo-title = Ta tillbaka den senaste åtgärden
redo-title = Gör den ångrade åtgärden igen
undo-other-tab = Den senaste åtgärden gjordes i en annan flik eller ett annat fönster. Ångra den ändå? Gör om hämtar tillbaka den fram till nästa åtgärd.
undo-anyway = Ångra den
update-ready = En ny version av simulatorn är klar.
update-reload = Läs in igen
update-after-unsaved = Spara eller exportera dina osparade åtgärder först: om du läser in sidan igen nu går de förlorade.
notice-undone = Den senaste åtgärden togs tillbaka. Gör om hämtar tillbaka den.
notice-redone = Åtgärden är gjord igen.
notice-lesson-step-done = Steget är klart.
notice-progress-reset = Lektionsframstegen har återställts.
permissions-try = Försök ändra
start-title = Välkommen till CSP-reservationssimulatorn
start-what = Öva på hur en CSP-partner låter en kund köpa egna Azure-reservationer och Azure-besparingsplaner, och vad varje sida får göra efteråt. Inget här rör en riktig klientorganisation: allt körs i din webbläsare.
start-partner = Partnerns sida: kunder, Kundbehörigheter, Orderhistorik, sidan Aktivitetslogg, som administratörsagent, försäljningsagent eller supportagent.
start-customer = Kundens sida: användarna och deras roller köper och hanterar reservationer och besparingsplaner i Azure-portalen.
start-why = Växla mellan dem med ”Inloggad som” högst upp. Varje avslag anger regeln bakom det; ett regel-id som R2 länkar till regelns text.
start-lessons = Lektioner
start-sandbox = Fri sandlåda
start-lessons-hint = Lektioner: tretton korta steg genom hela arbetsflödet, vart och ett med mål, en förutsägelse, tips och Visa mig. Varje lektion körs i en egen sandlåda.
start-sandbox-hint = Fri sandlåda: demoklientorganisationen, din att ändra; den sparas i den här webbläsaren och Ångra tar tillbaka varje åtgärd.
start-trainers = För utbildare: gör en egen lektion
lessons-texts-loading = Lektionerna läses in…
lessons-texts-failed = Lektionstexterna kunde inte läsas in. Kontrollera anslutningen och läs in sidan igen; ditt arbete finns kvar.
lessons-title = Lektioner
lessons-intro = Arbetsflödet i de två artiklarna, steg för steg. En lektion öppnas bredvid konsolerna: nå dess mål, svara först på förutsägelsen och använd ett tips eller Visa mig när du kör fast. Varje lektion har en egen sandlåda; din fria sandlåda rörs aldrig.
lessons-done-count = { $total ->
    [one] { $done } av { $total } lektion klar
   *[other] { $done } av { $total } lektioner klara
}
lesson-number = Lektion { $n }:
lesson-status-not-started = Inte påbörjad
lesson-status-in-progress = Pågår
lesson-status-done = Klar
lesson-score = rätt förutsägelser { $right } av { $asked }, tips { $hints }, åtgärder { $actions } (lösningen tar { $solution })
lesson-score-showed-me = Visa mig användes
lesson-open-now = Öppen nu, bredvid konsolerna.
lesson-start = Starta
lesson-continue = Fortsätt
lesson-again = Börja om
lessons-progress = Dina framsteg
lessons-progress-text = Sparas i den här webbläsaren. Exportera dem som en liten fil till din utbildare.
lessons-export-progress = Exportera framsteg
lessons-reset-progress = Återställ framsteg
lessons-reset-confirm = Glömma varje lektions framsteg, poäng och sandlåda? Din fria sandlåda finns kvar.
lessons-reset-yes = Återställ
lessons-trainers = Utbildares lektioner
lessons-trainers-text = En utbildare gör en lektion från sandlådan och delar den som en fil eller länk. Den är skriven på ett språk och inte granskad av simulatorns författare.
lessons-trainers-played = Utbildares lektioner som du har gått igenom
lessons-make = Gör en lektion
lessons-import-file = Öppna en lektionsfil
lessons-open-link = Eller klistra in en lektionslänk
lessons-open = Öppna
lessons-learner-name = Ditt namn
lessons-learner-name-hint = Skrivs in i framstegsfilen du exporterar, så att din utbildare vet vems den är; webbläsaren kommer ihåg det.
lesson-link-opening = Lektionen öppnas…
lesson-link-broken = Den här lektionslänken kan inte öppnas
lesson-recording-title = Lösningen spelas in: { $title }
lesson-show-panel = Visa lektion
lesson-hide-panel = Dölj lektion
lesson-trainers-own = En utbildares lektion, skriven på { $language }: texten är utbildarens egen.
lesson-objectives = Mål
lesson-objective-met = Klart:
lesson-objective-unmet = Inte än:
lesson-predict = Förutsäg först:
lesson-answer = Svara
lesson-answer-right = Rätt.
lesson-answer-wrong = Inte riktigt.
lesson-answer-none = Inte besvarad.
lesson-the-answer = Svaret: { $answer }
lesson-hints = Tips
lesson-show-hint = Visa ett tips ({ $n } av { $total })
lesson-show-me = Visa mig
lesson-show-me-status = Nästa: steg { $n } av { $total }
lesson-pause = Pausa
lesson-resume = Fortsätt
lesson-next-step = Nästa steg
lesson-stop = Stoppa
lesson-skip-question = Hoppa över frågan
lesson-restart = Börja om
lesson-restart-confirm = Börja om den här lektionen från början? Det du gjorde i den glöms; dina framsteg i andra lektioner finns kvar.
lesson-restart-yes = Börja om
lesson-leave = Lämna lektionen
lesson-complete = Lektionen är klar
lesson-covered = Svara först på lektionens fråga (eller hoppa över den): sedan visas konsolen igen.
lesson-rules-met = Reglerna du mötte
lesson-next = Nästa lektion
lesson-not-found = Det finns ingen lektion { $id }.
lesson-all = Alla lektioner
locale-texts-failed = Texterna på { $language } kunde inte läsas in: simulatorn visas på { $shown } tills vidare.
locale-texts-retry = Försök igen
maker-title = Gör en lektion
maker-intro = En lektion börjar från sandlådan som den är nu. Ge den en rubrik och en inledning, mål som simulatorn kontrollerar, tips, och spela in lösningen genom att göra den. Exportera den sedan som en fil eller länk.
maker-begin = Börja från sandlådan
maker-lesson-open = En lektion är öppen. Lämna den först: en lektion görs från din fria sandlåda.
maker-language = Skriven på { $language }: lektionen visar din text som den är, på alla språk.
maker-lesson-title = Rubrik
maker-introduction = Inledning
maker-start = Utgångsläge
maker-start-text = { $events ->
    [one] Sandlådan som den var när du började ({ $events } händelse).
   *[other] Sandlådan som den var när du började ({ $events } händelser).
}
maker-retake = Ta sandlådan som den är nu
maker-persona = Deltagaren börjar som
maker-route = Sida (en sökväg som /customers/cust-001/account)
maker-route-hint = Lektionen öppnar den här sidan.
maker-route-unknown = Den här sidan finns inte i simulatorn.
maker-objectives = Mål
maker-remove = Ta bort
maker-remove-objective = Ta bort mål { $n }
maker-remove-hint = Ta bort tips { $n }
maker-remove-steps = Ta bort steg { $n } och stegen efter det
maker-remove-from-here = Ta bort härifrån
maker-remove-question = Ta bort fråga { $n }
maker-hints = Tips
maker-hint = Ett tips
maker-add-hint = Lägg till tips
maker-solution = Lösning
maker-solution-text = Spela in den genom att göra den: lektionens start öppnas i en egen sandlåda och varje åtgärd du gör, tillåten eller nekad, blir ett steg i Visa mig.
maker-record = Spela in lösningen
maker-record-again = Spela in lösningen igen
maker-recording-text = Gör lektionen som en deltagare bör: varje åtgärd blir ett steg. Ångra tar tillbaka det senaste.
maker-stop-recording = Stoppa inspelningen
maker-check = Kontroll
maker-ready = Klar: inget mål är uppnått från start och den inspelade lösningen uppnår alla.
maker-finding-no-title = Lektionen behöver en rubrik.
maker-finding-no-objectives = Lektionen behöver minst ett mål.
maker-finding-met-at-start = ”{ $objective }” är uppnått innan deltagaren gör något.
maker-finding-not-met = Den inspelade lösningen uppnår inte ”{ $objective }”.
maker-export = Exportera lektionsfil
maker-share = Kopiera delningslänk
maker-try = Prova
maker-link = Delningslänk (kopierad)
maker-discard = Släng utkastet
maker-discard-confirm = Slänga det här lektionsutkastet? Exportera det först för att behålla det.
maker-discard-yes = Släng
maker-back = Tillbaka till lektionerna
maker-add-objective = Lägg till ett mål
maker-add-question = Lägg till en fråga
maker-objective-text = Vad deltagaren läser
maker-objective-kind = Vad simulatorn kontrollerar
maker-kind-permission = En kundbehörighet är på eller av
maker-kind-did = Något har hänt (sidan Aktivitetslogg)
maker-kind-refused = Ett försök nekades av en regel
maker-kind-role = En användare har en roll
maker-kind-bought = Kunden köpte en reservation i Azure-portalen
maker-kind-api = En API-begäran fick en status
maker-kind-visit = Deltagaren öppnade en sida
maker-kind-expect = En scenarioförväntan stämmer
maker-customer = Kund
maker-resource = Behörighet
maker-position = Läge
maker-operation = Vad som hände
maker-refusal = Inspelat försök och regel
maker-no-refusals = Spela först in ett nekat försök i lösningen; välj det sedan här.
maker-user = Användare
maker-subscription = Prenumeration
maker-role = Roll
maker-auto-renew = Automatisk förnyelse
maker-method = Metod
maker-status = Status
maker-step-visit = Öppna { $page } — { $persona }
maker-step-api = { $method } { $path } — { $persona }
maker-expectation = Förväntan
maker-no-expectations = Sandlådan har inga scenarioförväntningar; importera en scenariofil som har det.
maker-objective-needs-text = Skriv vad deltagaren läser för det här målet.
maker-objective-incomplete = Välj vad simulatorn kontrollerar för det här målet.
maker-add = Lägg till mål

import-error-empty = får inte vara tomt
import-error-too-long = tomt eller för långt
import-error-lesson-format = inte en lektion för CSP-reservationssimulatorn
import-error-question-options = en fråga har två till sex svar, och det rätta svaret är ett av dem
import-error-question-unknown = anger en användare, åtgärd eller ett mål som lektionens start inte har
import-error-question-disagrees = inte det svar som reglerna ger vid lektionens start
import-error-question-ambiguous = mer än ett svar passar det reglerna ger
maker-finding-no-introduction = Lektionen behöver en inledning.
maker-finding-unreadable = Lektionsfilen skulle inte kunna importeras:
maker-finding-question = Fråga ”{ $question }”: { $problem }
maker-questions = Frågor (förutsäg först, se sedan)
maker-questions-text = Deltagaren svarar på varje fråga innan hen gör något: till dess är konsolerna täckta. En fråga gäller vem som får göra vad vid lektionens start; simulatorn prövar svaret du markerar mot sina regler.
maker-question-text = Fråga
maker-question-target = Med vad
maker-question-as = Vem
maker-question-action = Gör vad
maker-question-add = Kontrollera och lägg till frågan
maker-question-ambiguous = Mer än ett svar säger det reglerna ger (”{ $outcome }”): ge varje svar ett eget utfall.
maker-question-option = Svar { $n }
maker-question-outcome = Vad svar { $n } säger
maker-question-right = Svar { $n } är rätt
maker-question-needs-text = Skriv frågan och minst två svar.
maker-question-disagrees = Vid lektionens start säger reglerna ”{ $outcome }”: markera svaret som säger det.
maker-question-unknown = Lektionens start har ingen sådan användare, åtgärd eller mål.

table-region = Tabell (rullar i sidled på smala skärmar)

header-toggle = Inloggad som { $who }: ändra persona, klocka eller språk
