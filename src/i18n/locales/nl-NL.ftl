## Nederlands (nl-NL). Woordenschat van het Partnercentrum-artikel en de termen van Microsoft (DOMAIN.md, woordenlijst).

## Systemen, kop, voettekst
system-partner-center = Partnercentrum
system-azure-portal = Azure-portal (gesimuleerd)
persona-label = Aangemeld als
persona-group-partner = Partnergebruikers
persona-search = Gebruiker zoeken
persona-search-hint = { $total_count ->
    [one] { $shown } van { $total } klant in de lijst: typ een klant- of gebruikersnaam om andere te vinden.
   *[other] { $shown } van { $total } klanten in de lijst: typ een klant- of gebruikersnaam om andere te vinden.
}
language-label = Taal
language-en = Engels
language-sv-SE = Zweeds
language-nl-NL = Nederlands
clock-label = Gesimuleerde klok
clock-plus-day = +1 dag
clock-plus-month = +1 maand
clock-plus-year = +1 jaar
class-title = Klasrapport (voor trainers)
class-intro = Kies de voortgangsbestanden van uw cursisten, zoveel tegelijk als u wilt: het rapport toont wie wat deed en waar de klas moeite mee heeft. De bestanden worden alleen in deze browser gelezen; er wordt niets verzonden of opgeslagen, tenzij u het rapport exporteert.
class-files = Voortgangsbestanden
class-drop = Of sleep de bestanden hierheen.
class-unread-title = Sommige bestanden staan niet in het rapport:
class-unread-too-large = te groot voor een voortgangsbestand
class-unread-not-json = geen JSON-bestand
class-unread-not-progress = geen voortgangsbestand van lessen
class-unread-damaged = een voortgangsbestand waarvan delen ontbreken of beschadigd zijn
class-count = { $count ->
    [one] 1 cursist in het rapport.
   *[other] { $count } cursisten in het rapport.
}
class-col-learner = Cursist
class-col-lesson = Les
class-col-done = Lessen voltooid
class-col-right = Voorspellingen juist
class-col-hints = Hints
class-col-status = Status
class-col-show-me = Laat zien gebruikt
class-col-asked = Voorspellingen gevraagd
class-cell = { $hints ->
    [one] { $status }: { $right } van { $asked } juist, 1 hint
   *[other] { $status }: { $right } van { $asked } juist, { $hints } hints
}
class-clear = Rapport wissen
class-sort = Sorteren op:
class-struggles = Waar de klas moeite mee heeft
class-struggles-none = Nog geen foute voorspellingen en geen hints.
class-most-wrong = { $count ->
    [one] Les { $lesson }: 1 cursist beantwoordde „{ $question }” fout.
   *[other] Les { $lesson }: { $count } cursisten beantwoordden „{ $question }” fout.
}
class-most-hints = { $count ->
    [one] De meeste hints: les { $lesson }, { $title } (1 hint in totaal).
   *[other] De meeste hints: les { $lesson }, { $title } ({ $count } hints in totaal).
}
class-export = Exporteren als CSV
skip-to-content = Naar de inhoud
footer-disclaimer = Trainingssimulator — niet gelieerd aan Microsoft; er worden geen echte aankopen gedaan.
nav-label = Hoofdnavigatie
nav-customers = Klanten
nav-pricing = Prijzen
nav-activity-log = Activiteitenlogboek
nav-back-to-partner-center = Terug naar Partnercentrum
not-found-title = Pagina niet gevonden
not-found-home = Naar de startpagina
not-renewed = Niet verlengd op { $date }: een verlenging is een nieuwe aankoop, en het factureringsabonnement { $subscription } kwam niet meer in aanmerking (R14, R7).
reset-demo = Terug naar de demotenant
dismiss = Sluiten
save = Opslaan
manage = Beheren
on = Aan
off = Uit
allowed = Toegestaan
denied = Geweigerd
tabs-label = Klantpagina's
page-previous = Vorige
page-next = Volgende
page-of = Pagina { $page } van { $pages }

## Opslag
storage-recovered-title = Opgeslagen werk kon niet worden gelezen; de demotenant is geladen.
storage-error-not-json = De opgeslagen tekst is geen geldige JSON.
storage-error-future-version = Het is geschreven door een nieuwere versie van de simulator.
storage-error-wrong-shape = Delen ervan ontbreken of hebben het verkeerde type.
storage-error-broken-history = De gebeurtenisgeschiedenis is niet op volgorde.
storage-recovered-backup = De onleesbare tekst is ongewijzigd bewaard onder een reservesleutel ({ $detail }).
storage-failed = De opslag van uw browser is vol of niet beschikbaar: uw werk blijft alleen in dit tabblad bewaard tot u het sluit.

## Rollen en aanbiedingen
role-admin-agent = Beheeragent
role-sales-agent = Verkoopagent
role-helpdesk-agent = Helpdeskagent
role-in-text-admin-agent = beheeragent
role-in-text-sales-agent = verkoopagent
role-in-text-helpdesk-agent = helpdeskagent
rbac-owner = Eigenaar
rbac-reservation-purchaser = Reserveringsinkoper
rbac-contributor = Inzender
rbac-reader = Lezer
rbac-none = geen rol
actor-simulator = De simulator
subscription-azure-plan = Azure-plan
subscription-azure-global = Microsoft Azure (Azure Global)
kind-customer = klant
kind-subscription = abonnement
kind-reservation = reservering
kind-product = product
kind-region = regio
kind-user = gebruiker

## Klanten
customers-title = Klanten
customers-search = Klanten zoeken
customers-col-name = Naam
customers-col-domain = Domein
customers-col-permission = Klant mag kopen
customers-none = Geen klant gevonden.
customers-add-title = Een klant toevoegen
customers-add = Klant toevoegen
tab-subscriptions = Abonnementen
tab-account = Account
tab-order-history = Ordergeschiedenis
tab-reservations = Reserveringen
who-may-link = Wie mag wat?
account-domain = Domein
account-tenant-id = Tenant-id
permissions-title = Klantmachtigingen
permissions-intro = Laat deze klant zelf producten kopen in de Azure-portal, gefactureerd aan u.
permissions-azure-reservations = Azure-reserveringen
permissions-allow = Klant toestaan om te kopen
permissions-r6-note = U betaalt voor elke aankoop van deze klant en wordt er niet van op de hoogte gesteld: controleer de Ordergeschiedenis en het Activiteitenlogboek (R6).
subscriptions-none = Deze klant heeft nog geen abonnement.
reservations-none = Deze klant heeft nog geen reserveringen.
orders-none = Nog geen orders.
subscriptions-buy-title = Een abonnement kopen
subscriptions-buy = Abonnement kopen

## Kolommen
col-name = Naam
col-offer = Aanbieding
col-status = Status
col-product = Product
col-region = Regio
col-term = Looptijd
col-billing-plan = Factureringsplan
col-quantity = Aantal
col-billing-subscription = Factureringsabonnement
col-scope = Bereik
col-web-direct = Web Direct-prijs
col-partner-cost = Kosten partner
col-customer-price = Klantprijs
col-margin = Marge
col-order = Order
col-date = Datum
col-bought-by = Gekocht door
col-billed-to = Gefactureerd aan
col-reservation = Reservering
col-ends = Eindigt
col-actions = Acties
col-utilisation = Gebruikspercentage
col-subscription = Abonnement
col-user = Gebruiker
col-role = Rol
term-years = { $years ->
    [one] { $years } jaar
   *[other] { $years } jaar
}
plan-upfront = Vooruitbetaling
plan-monthly = Maandelijks (zelfde totaal)
scope-shared = Gedeeld (alle abonnementen)
scope-single = Eén abonnement: { $subscription }
status-active = Actief
status-suspended = Opgeschort
status-cancelled = Geannuleerd
status-exchanged = Ingewisseld
status-expired = Verlopen
status-renewed = Verlengd
status-succeeded = Geslaagd
channel-partner-center = { $user } (partner, Partnercentrum)
channel-azure-portal = { $user } (klant, Azure-portal)
channel-auto-renew = Automatische verlenging
channel-exchange = { $user } (inwisseling)
billed-to-partner = { $partner } (partner)

## Aankopen en reserveringen
pc-buy-title = Een reservering kopen namens de klant
pc-buy-on-behalf = Namens klant kopen
portal-purchase = Kopen
quote-web-direct = Web Direct-prijs (getoond in de Azure-portal)
quote-customer-price = Prijs die uw partner rekent
quote-partner-cost = Kosten partner
quote-r8-note = De partner bepaalt de prijs die de klant betaalt; die kan afwijken van de Web Direct-prijs (R8).
purchase-precheck-title = Deze aankoop zou worden geweigerd:
input-quantity-empty = Vul een aantal in.
input-quantity-whole = Het aantal moet een geheel getal zijn.
input-quantity-range = Het aantal moet tussen 1 en { $max } liggen.
input-name-empty = Vul een naam in.
input-name-too-long = { $max ->
    [one] Een naam heeft ten hoogste 1 teken.
   *[other] Een naam heeft ten hoogste { $max } tekens.
}
input-price-empty = Vul een prijs in.
input-price-not-number = Vul een bedrag in zoals 540, 540,25 of 1.234,56.
input-price-negative = Een prijs kan niet negatief zijn.
input-price-decimals = Een prijs heeft ten hoogste twee decimalen.
input-price-too-large = Die prijs is te hoog.
input-domain-invalid = Vul een domein in zoals contoso.example.
input-domain-taken = Er bestaat al een klant met het domein { $domain }.
input-already-suspended = Het abonnement is al opgeschort.
input-already-active = Het abonnement is al actief.
input-role-already-assigned = De gebruiker heeft die rol al.
input-role-not-assigned = De gebruiker heeft die rol niet.
input-user-other-customer = Die gebruiker hoort bij een andere klant.
input-fee-range = De kosten voor vroegtijdige beëindiging moeten tussen 0% en 100% liggen.
input-auto-renew-unchanged = Automatisch verlengen staat al zo ingesteld.
input-scope-unchanged = De reservering heeft dat bereik al.
input-usage-range = { $max ->
    [one] Het gebruik mag ten hoogste 1 uur per maand zijn.
   *[other] Het gebruik mag ten hoogste { $max } uur per maand zijn.
}
input-clock-zero = Zet de klok ten minste één dag of maand vooruit.
input-clock-range = De klok gaat ten hoogste 10 jaar tegelijk vooruit.
exchange-quantity = Nieuw aantal
exchange-product = Inwisselen voor
cancel-confirm-text = De klant krijgt { $refund } terug (kosten voor vroegtijdige beëindiging: { $fee }). Dit kan niet ongedaan worden gemaakt.
cancel-confirm-monthly = Maandelijks gefactureerd: tot nu toe { $paid } betaald; de resterende betalingen ({ $stopped }) stoppen en alleen het ongebruikte deel van wat is betaald, komt terug.
cancel-confirm-counted = { $counted } aan geannuleerde toezegging telt mee voor de limiet van USD 50.000 aan terugbetalingen per 12 maanden (R12).
cancel-confirm-partner = Microsoft betaalt u { $partner } terug: uw eigen kosten, op dezelfde manier naar rato berekend (R12).
col-refund = Terugbetaling
order-refund = { $refund } terugbetaald (aan de partner: { $partner }).
order-stopped = Toekomstige betalingen gestopt: { $stopped }.
purchase-auto-renew = Automatisch verlengen aan het einde van de looptijd
exchange-auto-renew = De nieuwe reservering automatisch verlengen
cancel-confirm = Reservering annuleren

## Meldingen
notice-denied-title = Deze actie is niet toegestaan:
notice-reservation-bought = Reservering gekocht.
notice-subscription-bought = Abonnement gekocht.
notice-customer-added = Klant toegevoegd.
notice-permission-on = Klantaankoopmachtiging ingeschakeld.
notice-permission-off = Klantaankoopmachtiging uitgeschakeld.
notice-price-saved = Prijs opgeslagen.
notice-cancelled = Reservering geannuleerd en terugbetaald.
notice-exchanged = Reservering ingewisseld.
notice-auto-renew = Automatisch verlengen bijgewerkt.
notice-scope-changed = Bereik gewijzigd.
notice-role-assigned = Rol toegewezen.
notice-role-removed = Rol verwijderd.
notice-clock-advanced = De gesimuleerde klok is vooruitgezet.
notice-reset-done = De demotenant is hersteld.

## Prijzen
pricing-title = Prijzen
pricing-intro = Stel in wat uw klanten betalen voor elke reservering (per eenheid, volledige looptijd). De Azure-portal toont de Web Direct-prijs (R8).
pricing-row = { $product }, { $term }
pricing-price-label = Klantprijs: { $row }
pricing-save-label = Klantprijs opslaan: { $row }

## Activiteitenlogboek
activity-title = Activiteitenlogboek
activity-from = Van
activity-to = Tot en met
activity-customer = Klant
activity-customer-hint = Naam of id
activity-operation = Actie
activity-any = Alle
activity-export = CSV exporteren

## Azure-portal
portal-home = Start
portal-nav-reservations = Reserveringen
portal-nav-purchase = Reserveringen kopen
portal-reservations-none = Nog geen reserveringen.
portal-commands = Opdrachten
portal-purchase-title = Reserveringen kopen
portal-partner-hint = Kies een klantgebruiker om de Azure-portal van deze klant te zien.
portal-r10-note = Inwisselen, terugbetalen, verlengen en het bereik wijzigen doet uw partner (R10).
savings-title = Dekking door reserveringen
savings-used = Gebruiksuren per maand
savings-covered = Gedekt door reserveringen
savings-uncovered = Niet gedekt (betalen per gebruik)
savings-chart-label = Gebruik dat wel en niet door reserveringen wordt gedekt, per abonnement
iam-title = Toegangsbeheer (IAM)
iam-intro = Roltoewijzingen op { $subscription }.
iam-assign = Roltoewijzing toevoegen
iam-remove = Verwijderen

## Wie mag wat?
who-may-title = Wie mag wat?
who-may-persona = Persona
who-may-reservation = Reservering
who-may-more = { $count ->
    [one] nog 1 reden
   *[other] nog { $count } redenen
}
grid-permission-on = Machtiging inschakelen
grid-permission-off = Machtiging uitschakelen
grid-buy = Kopen
grid-exchange = Inwisselen
grid-cancel = Annuleren
grid-renew = Verlengen
grid-change-scope = Bereik wijzigen
rules-title = De regels

## Redenen uit het domein
allow-r2-admin-agent = Beheeragenten mogen de klantaankoopmachtiging wijzigen.
deny-r2-read-only = Een { $role } kan de klantaankoopmachtiging alleen bekijken; alleen een beheeragent mag die wijzigen.
deny-r2-customer = Klantgebruikers kunnen de aankoopmachtiging niet wijzigen; alleen de beheeragent van de partner kan dat.
allow-r3-has-eligible-subscription = De klant heeft een in aanmerking komend abonnement.
deny-r3-no-eligible-subscription = De klant heeft geen actief abonnement met een Azure-plan of Azure Global van u: koop er eerst een.
allow-r4-logged = De wijziging wordt in het activiteitenlogboek vastgelegd.
deny-permission-already-on = De klantaankoopmachtiging staat al aan.
deny-permission-already-off = De klantaankoopmachtiging staat al uit.
allow-r5-own-customer = De gebruiker hoort bij deze klant.
deny-r5-other-customer = De gebruiker hoort niet bij deze klant.
allow-r5a-permission-on = De partner staat deze klant toe om te kopen.
deny-r5a-permission-off = Uw partner heeft uw organisatie niet toegestaan reserveringen te kopen (de klantaankoopmachtiging staat uit).
allow-r5b-eligible-subscription = { $subscription } is een in aanmerking komend factureringsabonnement.
deny-r5b-no-subscription = Kies een actief abonnement met een Azure-plan of Azure Global van uw organisatie.
deny-r5b-subscription-other-customer = { $subscription } hoort niet bij uw organisatie.
deny-r5b-subscription-suspended = { $subscription } is opgeschort.
allow-r5c-owner = U hebt de rol Eigenaar of Reserveringsinkoper op { $subscription }.
deny-r5c-not-owner = U hebt de rol Eigenaar of Reserveringsinkoper nodig op { $subscription }.
allow-r7-buy-reservation = De partner mag reserveringen kopen voor de klant, wat de machtiging ook zegt.
allow-r7-buy-subscription = De partner mag abonnementen kopen voor de klant.
deny-r7-helpdesk = Een { $role } kan niet voor klanten kopen.
deny-r7-not-partner = Alleen de partner koopt via Partnercentrum.
allow-r7-eligible-subscription = { $subscription } komt in aanmerking.
deny-r7-no-subscription = De klant heeft geen in aanmerking komend abonnement: koop eerst een Azure-plan.
deny-r7-subscription-other-customer = { $subscription } hoort bij een andere klant.
deny-r7-subscription-suspended = { $subscription } is opgeschort.
allow-r8-set-price = Beheer- en verkoopagenten stellen klantprijzen in.
deny-r8-set-price = Alleen beheer- en verkoopagenten van de partner stellen klantprijzen in.
allow-r9-scope = Het bereik omvat in aanmerking komende abonnementen van deze klant.
deny-r9-scope-subscription = Het bereik moet een actief abonnement van dezelfde klant zijn ({ $id }).
allow-r10-partner-manages = De partner mag reserveringen inwisselen, annuleren, verlengen en het bereik ervan wijzigen.
deny-r10-ask-partner = Klanten kunnen een reservering niet inwisselen, annuleren, verlengen of het bereik ervan wijzigen: vraag het uw partner.
allow-r12-refund = Terugbetaling { $refund }; van de jaarlijkse terugbetalingslimiet blijft { $remaining } over.
deny-r12-cap = Een terugbetaling van { $refund } zou de limiet van { $cap } per 12 maanden overschrijden ({ $used } al gebruikt).
deny-r13-product-type = Een inwisseling moet binnen hetzelfde producttype blijven.
deny-r13-commitment = De nieuwe toezegging ({ $new }) moet ten minste de teruggegeven waarde ({ $returned }) zijn.
allow-reservation-active = De reservering is actief.
deny-reservation-not-active = Reservering { $reservation } is niet meer actief.
deny-no-reservation = Deze klant heeft geen actieve reservering waarop deze actie kan worden uitgevoerd.
allow-s1-admin-agent = Beheeragenten richten de tenant in.
deny-s1-admin-agent-only = Alleen een beheeragent mag dit.
allow-s2-admin-on-behalf = Beheeragenten beheren de toegang namens de klant.
allow-s2-owner = Eigenaars beheren de toegang tot hun abonnement.
deny-s2-not-owner = Alleen een Eigenaar van het abonnement, of de beheeragent van de partner, mag roltoewijzingen wijzigen.
allow-simulator-control = Bediening van de simulator.
deny-simulator-only = Alleen de simulator zelf mag dit.
deny-unknown-id = Er is geen { $kind } „{ $id }”.
deny-unknown-user = Die gebruiker bestaat niet.

## Bewerkingen in het activiteitenlogboek
op-add-partner-user = Partnergebruiker toevoegen
op-add-customer = Klant toevoegen
op-add-customer-user = Klantgebruiker toevoegen
op-buy-subscription = Abonnement kopen
op-suspend-subscription = Abonnement opschorten
op-reactivate-subscription = Abonnement heractiveren
op-assign-role = Rol toewijzen
op-remove-role = Rol verwijderen
op-create-customer-purchase-permissions = Klantaankoopmachtigingen maken
op-delete-customer-purchase-permissions = Klantaankoopmachtigingen verwijderen
op-set-customer-price = Klantprijs bijwerken
op-set-early-termination-fee = Kosten voor vroegtijdige beëindiging bijwerken
op-purchase-reservation-partner = Reservering gekocht door partner
op-purchase-reservation-customer = Reservering gekocht door klant
op-exchange-reservation = Reservering inwisselen
op-cancel-reservation = Reservering annuleren (terugbetaling)
op-set-auto-renew = Automatisch verlengen bijwerken
op-change-scope = Bereik van reservering wijzigen
op-renew-reservation = Reservering verlengd
op-expire-reservation = Reservering verlopen
op-record-usage = Gebruik vastleggen
op-advance-clock = Gesimuleerde klok vooruitgezet

## Regels (DOMAIN.md)
rule-r1 = R1 — De aankoopmachtiging van elke klant staat aanvankelijk uit.
rule-r2 = R2 — Alleen een beheeragent mag de aankoopmachtiging van een klant in- of uitschakelen. Verkoopagenten en helpdeskagenten kunnen die alleen bekijken. Geen klantgebruiker mag die wijzigen.
rule-r3 = R3 — De machtiging kan alleen worden ingeschakeld voor een klant met een in aanmerking komend abonnement (een actief Azure-plan of Azure Global, gekocht via deze partner). Uitschakelen kan een beheeragent altijd.
rule-r4 = R4 — Inschakelen schrijft „Klantaankoopmachtigingen maken” in het activiteitenlogboek; uitschakelen „Klantaankoopmachtigingen verwijderen”.
rule-r5 = R5 — Een klantgebruiker mag een reservering alleen kopen als (a) de aankoopmachtiging aan staat, (b) het factureringsabonnement in aanmerking komt en van de klant zelf is, en (c) de gebruiker er de rol Eigenaar of Reserveringsinkoper op heeft.
rule-r6 = R6 — Zodra de machtiging aan staat, betaalt de partner elke latere aankoop van de klant en wordt er niet van op de hoogte gesteld; elke aankoop verschijnt in de ordergeschiedenis, op de pagina Reserveringen en in het activiteitenlogboek.
rule-r7 = R7 — Beheer- en verkoopagenten kunnen namens een klant reserveringen kopen, wat de machtiging ook zegt; ze hebben wel een in aanmerking komend abonnement nodig.
rule-r8 = R8 — De partner bepaalt de prijs die de klant betaalt; de Azure-portal toont de Web Direct-prijs.
rule-r9 = R9 — Met gedeeld bereik geldt de korting voor alle abonnementen van de klant; met één abonnement alleen daarvoor. Besparingen worden uit exacte bedragen berekend en per getoond bedrag één keer op de cent afgerond.
rule-r10 = R10 — Een klant kan een reservering niet inwisselen, annuleren, verlengen of het bereik ervan wijzigen, ook niet een eigen aankoop: de partner kan dat wel.
rule-r11 = R11 — De machtiging uitschakelen laat bestaande reserveringen ongemoeid.
rule-r12 = R12 — Terugbetalingen: ten hoogste USD 50.000 aan geannuleerde toezegging per klant per doorlopende periode van 12 maanden (de ruimte van een terugbetaling komt 365 dagen later terug); tegen de laagste van aankoop- en huidige prijs; nu geen kosten voor vroegtijdige beëindiging. Vooruit betaald: de resterende waarde naar rato komt terug. Maandelijks: de toekomstige betalingen stoppen en alleen het ongebruikte deel van wat is betaald, komt terug; de gestopte betalingen tellen mee voor de limiet. De partner krijgt zijn eigen kosten naar rato terug.
rule-r13 = R13 — Inwisselen blijft binnen het producttype; de nieuwe toezegging is ten minste de teruggegeven waarde; inwisselingen tellen niet mee voor de terugbetalingslimiet. Een inwisseling is een terugbetaling plus een nieuwe aankoop: de nieuwe reservering heeft een in aanmerking komend factureringsabonnement en bereik nodig, begint een nieuwe looptijd en krijgt de instelling voor automatisch verlengen die ervoor is gekozen, zoals bij een aankoop. Reserveringen voor services die besparingsplannen ondersteunen (virtuele machines, Dedicated Host, App Service, SQL Database) die op of na 1 februari 2027 zijn gekocht, kunnen niet worden ingewisseld; een reservering van daarvoor kan tot die datum vrij worden ingewisseld en houdt daarna één laatste inwisseling. Cosmos DB-reserveringen blijven inwisselbaar.
rule-r14 = R14 — Automatisch verlengen staat standaard aan bij de aankoop van een reservering (sinds 2024); de koper kan het uitzetten en de partner kan het tot de vervaldatum wijzigen. Staat het aan, dan vervangt bij afloop een gelijke reservering de oude; anders verloopt die.
rule-r15 = R15 — Elke statuswijziging wordt met de uitvoerder in het activiteitenlogboek vastgelegd (kolommen: datum en tijd, betrokken klant, actie, partnergebruiker); alleen beheeragenten mogen het openen. De eigen besparingsplannen van een klant zijn de uitzondering (R18).
rule-v1 = V1 — Invoer moet kloppen: bekende id's, aantallen 1–10.000, namen van 1–100 tekens, prijzen van ten minste 0.
rule-s1 = S1 — De tenant inrichten (klanten, gebruikers, abonnementsstatus, kosten voor vroegtijdige beëindiging) is een taak van de beheeragent.
rule-s2 = S2 — Roltoewijzingen op een abonnement worden gewijzigd door de eigenaars ervan, of door de beheeragenten van de partner namens de klant.

## Scenario en gegevens
nav-scenario = Scenario en gegevens
scenario-title = Scenario en gegevens
expectations-title = Verwachtingen
expectations-none = Geen verwachtingen: importeer een scenariobestand dat ze bevat.
expectations-action = Actie
expectations-target = Doel
expectations-expected = Verwacht
expectations-result = Uitkomst
expectation-passed = Geslaagd
expectation-failed = Mislukt
scenario-export-title = Exporteren en delen
scenario-export-intro = Een scenariobestand bevat de hele geschiedenis en de verwachtingen, met taalonafhankelijke codes: een bestand dat in het Zweeds is geëxporteerd, kan ook in het Engels worden geïmporteerd.
scenario-export = Scenario exporteren
scenario-share = Deellink maken
scenario-share-label = Deellink (opent in een sandbox; het opgeslagen werk van de ontvanger blijft ongemoeid)
scenario-import-title = Importeren
scenario-import-intro = Bij importeren wordt het bestand eerst gecontroleerd; uw opgeslagen werk wordt pas vervangen nadat u bevestigt.
scenario-import-file = Scenariobestand
scenario-import-paste = Of plak een scenario
scenario-import = Controleren en importeren
scenario-start-over = Opnieuw beginnen
start-blank = Leeg beginnen
confirm-reset = Uw opgeslagen werk vervangen door de demotenant?
confirm-blank = Uw opgeslagen werk vervangen door een lege tenant (alleen partnergebruikers)?
confirm-import = Uw opgeslagen werk vervangen door dit scenario ({ $events }, { $expectations })?
count-events = { $count ->
    [one] 1 gebeurtenis
   *[other] { $count } gebeurtenissen
}
count-expectations = { $count ->
    [one] 1 verwachting
   *[other] { $count } verwachtingen
}
confirm-yes = Vervangen
confirm-no = Annuleren
import-failed = { $count ->
    [one] Het bestand is niet geïmporteerd: 1 probleem.
   *[other] Het bestand is niet geïmporteerd: { $count } problemen.
}
import-error-too-large = het bestand is groter dan 5 MB
import-error-not-json = geen geldige JSON
import-error-shape = ontbreekt of heeft het verkeerde type
import-error-format = geen scenario van de CSP-reserveringssimulator
import-error-version = een scenarioversie die deze simulator niet kent
import-error-missing = verplicht maar ontbreekt
import-error-unknown-field = hoort niet bij het formaat
import-error-unknown-ref = verwijst naar iets dat niet bestaat
import-error-expect = moet „allowed” of „denied” zijn
import-error-link = de koppeling is beschadigd
import-error-sequence = de nummering van de geschiedenis klopt niet
import-error-step-shape = een stap verstuurt een opdracht of een API-aanvraag, niet allebei; een stap die geen van beide verstuurt, noemt de pagina die hij opent
import-error-refused = de regels weigeren deze stap
import-error-mismatch = de uitkomst van deze stap is niet wat de regels opleveren
import-error-clock = een klokverplaatsing is onvolledig of gaat terug
share-opening = Het gedeelde scenario wordt geopend…
share-broken = Deze deellink kan niet worden geopend
storage-download-backup = Downloaden
storage-recovered-untouched = De opgeslagen gegevens konden niet worden bewaard als reservekopie, dus ze blijven zoals ze waren en dit tabblad slaat niets op.
storage-migrated = Uw opgeslagen werk is bijgewerkt vanaf opslagversie { $from }.
storage-full = De opslag van uw browser is vol: dit tabblad bewaart uw werk, maar het wordt niet opgeslagen. Exporteer het, maak ruimte vrij en probeer opnieuw.
storage-retry = Opnieuw opslaan
sandbox-text = U bekijkt een gedeeld scenario. Uw opgeslagen werk blijft ongemoeid tot u dit scenario behoudt.
sandbox-keep = Dit scenario behouden
sandbox-leave = Terug naar mijn werk
notice-blank-done = Er is een lege tenant gestart.
notice-imported = Het scenario is geïmporteerd.
notice-sandbox-kept = Het gedeelde scenario is nu uw opgeslagen werk.
storage-unsaved = { $count ->
    [one] 1 actie is nog niet opgeslagen.
   *[other] { $count } acties zijn nog niet opgeslagen.
}
storage-brought-up-to-date = Een ander tabblad heeft uw opgeslagen werk gewijzigd op een manier die dit tabblad niet had gevolgd (ongedaan maken, opnieuw beginnen of importeren): dit tabblad toont nu wat is opgeslagen.
storage-refused-title = { $count ->
    [one] Een ander tabblad heeft hetzelfde werk eerst gewijzigd: 1 van uw niet-opgeslagen acties is niet meer mogelijk en is niet bewaard.
   *[other] Een ander tabblad heeft hetzelfde werk eerst gewijzigd: { $count } van uw niet-opgeslagen acties zijn niet meer mogelijk en zijn niet bewaard.
}

## Besparingsplannen, de respijtperiode, inruilen voor een besparingsplan (R13, R15–R21)
kind-savings-plan = besparingsplan
permissions-azure-savings-plan = Azure-besparingsplan
grid-sp-permission-on = Machtiging voor besparingsplannen inschakelen
grid-sp-permission-off = Machtiging voor besparingsplannen uitschakelen
grid-buy-savings-plan = Besparingsplan kopen
grid-cancel-savings-plan = Besparingsplan annuleren
grid-trade-in = Inruilen voor een besparingsplan
allow-r13-until-further-notice = In deze tenant is geen einde van inwisselingen ingesteld: reserveringen kunnen tot nader bericht worden ingewisseld (zoals vóór 1 februari 2027).
allow-r13-grace-period = Inwisselbaar tot { $end }; na die datum houdt een reservering die daarvoor is gekocht één laatste inwisseling.
allow-r13-one-more-exchange = Inwisselingen zijn op { $end } geëindigd voor reserveringen van services die besparingsplannen ondersteunen; deze is op { $bought } gekocht, vóór die datum, en houdt dus één laatste inwisseling (de reservering die eruit voortkomt, kan niet worden ingewisseld).
deny-r13-grace-period-over = Reserveringen voor services die besparingsplannen ondersteunen en die op of na { $end } zijn gekocht, kunnen niet worden ingewisseld; deze is op { $bought } begonnen (toen gekocht, verlengd of bij een inwisseling ontvangen). Inruilen voor een besparingsplan kan nog wel (R21).
allow-r13-not-compute = Besparingsplannen ondersteunen deze service niet, dus het einde van inwisselingen geldt niet: ze blijft inwisselbaar.
allow-r21-trade-in = Reserveringen voor virtuele machines, Dedicated Host en App Service kunnen altijd worden ingeruild voor een besparingsplan.
allow-r21-commitment = Het besparingsplan heeft een totale toezegging van { $total }, ten minste de { $returned } die de reservering teruggeeft.
allow-r21-database = Een SQL Database-reservering kan worden ingeruild voor een besparingsplan voor databases van één jaar.
deny-r21-not-compute = Alleen reserveringen voor virtuele machines, Dedicated Host en App Service (voor een besparingsplan voor rekenkracht) en SQL Database-reserveringen (voor een besparingsplan voor databases) kunnen worden ingeruild; Cosmos DB-reserveringen niet.
deny-r21-commitment = De totale toezegging van het besparingsplan ({ $total }) moet ten minste zijn wat de reservering teruggeeft ({ $returned }): zeg ten minste { $minimum } per uur toe.
deny-r21-database-one-year = Een SQL Database-reservering wordt ingeruild voor een besparingsplan voor databases van één jaar: kies één jaar.
allow-r15-admin-agent = Beheeragenten mogen het Activiteitenlogboek openen.
deny-r15-admin-only = Een { $role } mag het Activiteitenlogboek niet openen: Partnercentrum noemt beheeragent als de rol ervoor.
deny-r15-partner-only = Het Activiteitenlogboek is een pagina van Partnercentrum voor de beheeragenten van de partner.
allow-r17a-permission-on = De partner staat deze klant toe besparingsplannen te kopen.
deny-r17a-permission-off = Uw partner heeft uw organisatie niet toegestaan besparingsplannen te kopen (de machtiging Azure-besparingsplan staat uit).
allow-r17c-owner = U hebt de rol Eigenaar op { $subscription }.
deny-r17c-not-owner = U hebt de rol Eigenaar op { $subscription } nodig om een besparingsplan te kopen (Reserveringsinkoper is een rol voor reserveringen).
deny-r17-admin-agent-only = Alleen een beheeragent koopt een besparingsplan voor een klant: een { $role } kan dat niet („Verkoopagenten kunnen momenteel geen Azure-besparingsplan kopen”, Partnercentrum). Reserveringen kan een verkoopagent wel kopen (R7).
allow-r17-partner-buys = Een beheeragent mag besparingsplannen kopen voor de klant, wat de machtiging ook zegt.
allow-r20-partner-manages = De partner mag het bereik en het automatisch verlengen van een besparingsplan wijzigen.
deny-r20-ask-partner = Klanten kunnen het bereik of het automatisch verlengen van een besparingsplan niet wijzigen: vraag het uw partner.
deny-r20-final = Niemand kan een besparingsplan annuleren, inwisselen of terugbetalen: elke aankoop van een besparingsplan is definitief.
allow-savings-plan-active = Het besparingsplan is actief.
deny-savings-plan-not-active = Besparingsplan { $plan } is niet meer actief.
deny-no-savings-plan = Deze klant heeft geen besparingsplan waarop deze actie kan worden uitgevoerd.
input-commitment-range = De toezegging per uur moet tussen USD 0,01 en { $limit } liggen.
op-purchase-savings-plan-partner = Besparingsplan gekocht door partner
op-purchase-savings-plan-customer = Besparingsplan gekocht door klant
op-set-savings-plan-auto-renew = Automatisch verlengen van besparingsplan bijwerken
op-change-savings-plan-scope = Bereik van besparingsplan wijzigen
op-renew-savings-plan = Besparingsplan verlengd
op-reservation-not-renewed = Reservering niet verlengd
op-expire-savings-plan = Besparingsplan verlopen
op-trade-in-reservation = Reservering inruilen voor een besparingsplan
op-set-exchange-grace-period-end = Einde van inwisselingen van reserveringen bijwerken
rule-r16 = R16 — Een tweede schakelaar, „Klant toestaan om te kopen” onder Azure-besparingsplan, werkt op zichzelf zoals R1–R4 en R11 zeggen: standaard uit, alleen door een beheeragent te wijzigen, alleen aan met een in aanmerking komend abonnement, elke wijziging vastgelegd als Klantaankoopmachtigingen maken / verwijderen.
rule-r17 = R17 — Een klantgebruiker mag een besparingsplan alleen kopen als (a) de machtiging voor besparingsplannen aan staat, (b) het factureringsabonnement in aanmerking komt en van de klant zelf is, en (c) de gebruiker er de rol Eigenaar op heeft. De partner mag er een kopen voor de klant, wat de machtiging ook zegt, maar alleen een beheeragent: verkoopagenten kunnen geen besparingsplannen kopen en geen reservering inruilen voor een besparingsplan.
rule-r18 = R18 — De partner betaalt de besparingsplannen van de klant en wordt niet op de hoogte gesteld, maar besparingsplannen die de klant zelf koopt, verschijnen niet in Partnercentrum of de API's ervan (niet in de ordergeschiedenis, bij Reserveringen of in het activiteitenlogboek): alleen in de Azure-portal onder Besparingsplannen. Besparingsplannen die de partner koopt, verschijnen in de ordergeschiedenis.
rule-r19 = R19 — Elk uur wordt rekengebruik dat geen reservering dekt, tegen het tarief van een besparingsplan gerekend tot de toezegging per uur op is; de rest is betalen per gebruik, en toezegging die in een uur niet wordt gebruikt, vervalt. Gedeeld bereik omvat alle abonnementen van de klant; één abonnement alleen dat ene. Plannen die hetzelfde gebruik dekken, tellen hun toezeggingen eerst bij elkaar op.
rule-r20 = R20 — Niemand, klant noch partner, kan een besparingsplan annuleren, inwisselen of terugbetalen. Het bereik en het automatisch verlengen volgen R10: de partner wijzigt ze.
rule-r21 = R21 — Een reservering voor virtuele machines, Dedicated Host of App Service kan altijd worden ingeruild voor een besparingsplan voor rekenkracht, ook nadat inwisselingen zijn geëindigd; een SQL Database-reservering voor een besparingsplan voor databases van één jaar (dat databasegebruik dekt zoals R19 rekengebruik dekt). De reservering wordt geannuleerd met de terugbetaling van R12, en de totale toezegging van het plan is ten minste de teruggegeven waarde: standaard de toezegging per uur die die waarde oplevert, naar boven afgerond op de cent. Dat doet de partner (R10), een beheeragent (R17), en het telt niet mee voor de terugbetalingslimiet.

## Blades, besparingsplannen en instellingen (de consoles)
breadcrumb-label = Kruimelpad
precheck-title = Dit zou worden geweigerd:
command-exchange = Inwisselen
command-refund = Terugbetalen
command-renew = Verlengen
command-change-scope = Bereik wijzigen
command-trade-in = Inruilen voor besparingsplan
col-auto-renew = Automatisch verlengen
col-starts = Begint
channel-trade-in = { $user } (inruil voor besparingsplan)
auto-renew-is-on = Automatisch verlengen staat aan: aan het einde van de looptijd vervangt een gelijke aankoop deze.
auto-renew-is-off = Automatisch verlengen staat uit: aan het einde van de looptijd verloopt de reservering en wordt het gebruik gefactureerd als betalen per gebruik.
auto-renew-r14-note = Automatisch verlengen kan tot de vervaldatum altijd worden in- of uitgeschakeld, door de partner (R14, R10).
auto-renew-turn-on = Automatisch verlengen inschakelen
auto-renew-turn-off = Automatisch verlengen uitschakelen
exchange-returned = Teruggegeven waarde
exchange-new-total = Nieuwe toezegging
exchange-r13-note = Alleen binnen hetzelfde producttype; de nieuwe toezegging is ten minste de teruggegeven waarde; de nieuwe reservering begint vandaag een nieuwe looptijd, krijgt de instelling voor automatisch verlengen die u kiest en heeft een in aanmerking komend factureringsabonnement en bereik nodig (R13).
exchange-confirm = Inwisseling bevestigen
scope-r9-note = Met gedeeld bereik geldt de korting voor overeenkomend gebruik in alle abonnementen van de klant; met één abonnement alleen daarvoor (R9).
scope-confirm = Bereik opslaan
trade-in-default-name = Uit de inruil van { $reservation }
trade-in-refund = Nu terugbetaald
trade-in-stopped = Toekomstige betalingen die stoppen
trade-in-value = Resterende waarde
trade-in-default-commitment = Toezegging per uur die dat oplevert
trade-in-database-note = Een SQL Database-reservering wordt een besparingsplan voor databases van één jaar (R21).
trade-in-r21-note = De reservering wordt geannuleerd met de terugbetaling van R12, en het besparingsplan wordt gekocht met hetzelfde factureringsabonnement en bereik als de reservering; inruilen voor een besparingsplan telt niet mee voor de terugbetalingslimiet en kan op elk moment (R21).
trade-in-confirm = Inruilen voor het besparingsplan
notice-traded-in = Reservering ingeruild voor een besparingsplan.
notice-savings-plan-bought = Besparingsplan gekocht.
notice-settings-saved = Instelling opgeslagen.
savings-plan-name = Naam van het besparingsplan
savings-plan-id = Id van het besparingsplan
savings-plan-commitment = Toezegging per uur (USD)
savings-plan-commitment-hint = Bijvoorbeeld 5,00: wat u elk uur aan rekenkracht toezegt te besteden, in dollars en centen.
savings-plan-per-hour = { $amount } per uur
savings-plan-total = Totale toezegging voor de looptijd
savings-plan-monthly = Maandelijkse betaling
savings-plan-auto-renew = Automatisch verlengen aan het einde van de looptijd (standaard uit)
savings-plan-renew-note = Een verlenging koopt hetzelfde plan opnieuw wanneer dit afloopt; automatisch verlengen wordt niet overgenomen. De partner wijzigt het (R20).
savings-plan-purchase = Besparingsplan kopen
savings-plan-purchase-title = Besparingsplan kopen
savings-plan-covered = Gedekt door besparingsplannen
portal-savings-plan-covered = Gedekt door besparingsplannen
savings-plan-kind = Soort plan
savings-plan-kind-compute = Besparingsplan voor rekenkracht
savings-plan-kind-database = Besparingsplan voor databases
savings-plans-none = Geen besparingsplannen.
savings-saved = Bespaard per maand
savings-total = In totaal bespaard per maand: { $saved }.
savings-bar-three = { $used_count ->
    [one] { $reserved } door reserveringen, { $plan } door besparingsplannen, { $payg } betalen per gebruik, van { $used } uur
   *[other] { $reserved } door reserveringen, { $plan } door besparingsplannen, { $payg } betalen per gebruik, van { $used } uur
}
portal-savings-bar-three = { $used_count ->
    [one] { $reserved } door reserveringen, { $plan } door besparingsplannen, { $payg } betalen per gebruik, van { $used } uur
   *[other] { $reserved } door reserveringen, { $plan } door besparingsplannen, { $payg } betalen per gebruik, van { $used } uur
}
savings-bar-database = { $hours_count ->
    [one] { $hours } uur onder een besparingsplan voor databases.
   *[other] { $hours } uur onder een besparingsplan voor databases.
}
portal-savings-bar-database = { $hours_count ->
    [one] { $hours } uur onder een besparingsplan voor databases.
   *[other] { $hours } uur onder een besparingsplan voor databases.
}
savings-database-plan-covered = Besparingsplan voor databases
portal-savings-database-plan-covered = Besparingsplan voor databases
tab-savings-plans = Besparingsplannen
pc-buy-savings-plan-title = Een besparingsplan kopen namens de klant
order-savings-plan = Azure-besparingsplan — { $name } ({ $amount } per uur)
customers-col-savings-plan-permission = Mag besparingsplannen kopen
portal-nav-savings-plans = Besparingsplannen
portal-notice-savings-plan-bought = Besparingsplan gekocht.
portal-r20-note = Besparingsplannen kunnen niet worden geannuleerd, ingewisseld of terugbetaald; het bereik en het automatisch verlengen wijzigt uw partner (R20).
portal-error-no-eligible-subscriptions = Geen in aanmerking komende abonnementen
portal-error-subscription-not-eligible = Abonnement komt niet in aanmerking voor aankoop
portal-error-not-owner = U hebt geen toegang als eigenaar of reserveringsinkoper op het abonnement
portal-savings-plan-name = Naam van het besparingsplan
portal-savings-plan-id = Id van het besparingsplan
portal-savings-plan-purchase = Besparingsplan kopen
portal-savings-plan-kind-compute = Besparingsplan voor rekenkracht
portal-savings-plan-kind-database = Besparingsplan voor databases
portal-savings-plans-none = Geen besparingsplannen.
nav-settings = Instellingen van de simulator
settings-title = Instellingen van de simulator
settings-intro = Instellingen van deze trainingstenant die Partnercentrum niet heeft: daarmee kan een trainer regels laten zien die afhangen van een datum die Microsoft nog aankondigt.
settings-grace-title = Einde van inwisselingen van reserveringen (R13)
settings-grace-none = Er is geen einde ingesteld: reserveringen kunnen tot nader bericht worden ingewisseld (de regel van vóór 1 februari 2027).
settings-grace-ends = Inwisselingen eindigen op { $end }.
settings-grace-hint = Het inwisselbeleid van Microsoft (Azure „Selfservice-inwisselingen en -terugbetalingen”, 22 juli 2026) legt het einde op 1 februari 2027, de standaardwaarde van elke nieuwe tenant. Reserveringen van services die besparingsplannen ondersteunen en die op of na het einde zijn gekocht, kunnen niet worden ingewisseld; een reservering van daarvoor houdt één laatste inwisseling. Inruilen voor een besparingsplan blijft mogelijk (R21). Verplaats het einde om de regel ervoor of erna te tonen; wis het om de regel te tonen zoals die was.
settings-grace-date = Einddatum
settings-grace-set = Einde instellen
settings-grace-clear = Tot nader bericht
input-date-invalid = Vul een datum in zoals 2027-02-01.
who-may-plan = Besparingsplan
who-may-r18-note = { $count ->
    [one] Deze klant heeft zelf 1 besparingsplan gekocht. Partnercentrum toont het nooit, niet in de ordergeschiedenis, bij Reserveringen of in het activiteitenlogboek: alleen de Azure-portal van de klant (Besparingsplannen) doet dat. De partner betaalt er wel voor.
   *[other] Deze klant heeft zelf { $count } besparingsplannen gekocht. Partnercentrum toont ze nooit, niet in de ordergeschiedenis, bij Reserveringen of in het activiteitenlogboek: alleen de Azure-portal van de klant (Besparingsplannen) doet dat. De partner betaalt er wel voor.
}

## Console voor de Partnercentrum-API (SelfServePolicy)
nav-api-console = API-console
api-title = Console voor de Partnercentrum-API
api-intro = Schakel klantaankoopmachtigingen in en uit zoals partners die automatiseren dat doen: met de SelfServePolicy-aanroepen van de Partnercentrum-API. Een aanroep volgt dezelfde regels als de schakelaars op de pagina Account en schrijft dezelfde regels in het activiteitenlogboek.
api-speaks-as = Aanvragen worden verzonden met het token van { $user }, de aangemelde persona.
api-customer = Klant
api-pick = Aanroep
api-pick-none = Kies er een om de aanvraag in te vullen
api-call-post = Het beleid maken
api-call-get-by-customer = Het beleid van de klant ophalen
api-call-get-by-id = Het beleid ophalen op id
api-call-put = Het beleid bijwerken (met de etag)
api-call-delete = Het beleid verwijderen
api-method = Methode
api-path = Pad
api-body = Hoofdtekst (JSON)
api-send = Verzenden
api-request = Aanvraag
api-response = Antwoord
api-copy = Kopiëren
api-history = Aanvragen die tijdens dit bezoek zijn verzonden
api-history-none = Nog geen.
api-partner-tool = De Partnercentrum-API is een hulpmiddel van de partner: kies een partnergebruiker (een beheeragent mag beleid wijzigen; verkoop- en helpdeskagenten mogen het lezen).
api-show-request = Als API-aanvraag tonen
api-it-was = De laatste wijziging van deze schakelaar, als API-aanvraag en -antwoord:
api-would-be = Als u de schakelaar nu omzet, is dat deze aanvraag:

## Startpagina, lessen, lespaneel, lessenmaker, ongedaan maken
nav-start = Startpagina
nav-lessons = Lessen
undo = Ongedaan maken
redo = Opnieuw
undo-title = De laatste actie terugdraaien
redo-title = De teruggedraaide actie opnieuw uitvoeren
undo-other-tab = De laatste actie is in een ander tabblad of venster uitgevoerd. Toch ongedaan maken? Met Opnieuw komt ze terug tot de volgende actie.
undo-anyway = Ongedaan maken
update-ready = Er is een nieuwe versie van de simulator klaar.
update-reload = Opnieuw laden
update-after-unsaved = Sla uw niet-opgeslagen acties eerst op of exporteer ze: opnieuw laden zou ze nu verloren laten gaan.
notice-undone = De laatste actie is teruggedraaid. Met Opnieuw komt ze terug.
notice-redone = De actie is opnieuw uitgevoerd.
notice-lesson-step-done = Stap uitgevoerd.
notice-progress-reset = De voortgang van de lessen is opnieuw ingesteld.
permissions-try = Probeer het te wijzigen
start-title = Welkom bij de CSP-reserveringssimulator
start-what = Oefen hoe een CSP-partner een klant toestaat om zelf Azure-reserveringen en Azure-besparingsplannen te kopen, en wat elke kant daarna mag doen. Niets hier raakt een echte tenant: alles draait in uw browser.
start-partner = De kant van de partner: klanten, Klantmachtigingen, Ordergeschiedenis, het Activiteitenlogboek, als beheeragent, verkoopagent of helpdeskagent.
start-customer = De kant van de klant: de gebruikers en hun rollen kopen en beheren reserveringen en besparingsplannen in de Azure-portal.
start-why = Wissel tussen beide met „Aangemeld als” bovenaan. Elke weigering noemt de regel erachter; een regel-id zoals R2 linkt naar de tekst van de regel.
start-lessons = Lessen
start-sandbox = Vrije sandbox
start-lessons-hint = Lessen: dertien korte stappen door de hele werkstroom, elk met doelen, een voorspelling, hints en Laat zien. Elke les draait in een eigen sandbox.
start-sandbox-hint = Vrije sandbox: de demotenant, om zelf te wijzigen; hij wordt in deze browser opgeslagen en Ongedaan maken draait elke actie terug.
start-trainers = Voor trainers: maak een eigen les
lessons-texts-loading = De lessen worden geladen…
lessons-texts-failed = De lesteksten konden niet worden geladen. Controleer de verbinding en laad de pagina opnieuw; uw werk blijft bewaard.
lessons-title = Lessen
lessons-intro = De werkstroom van de twee artikelen, stap voor stap. Een les opent naast de consoles: bereik de doelen, beantwoord eerst de voorspelling en gebruik een hint of Laat zien als u vastloopt. Elke les heeft een eigen sandbox; uw vrije sandbox blijft onaangeroerd.
lessons-done-count = { $total ->
    [one] { $done } van { $total } les voltooid
   *[other] { $done } van { $total } lessen voltooid
}
lesson-number = Les { $n }:
lesson-status-not-started = Niet begonnen
lesson-status-in-progress = Bezig
lesson-status-done = Voltooid
lesson-score = voorspellingen goed { $right } van { $asked }, hints { $hints }, acties { $actions } (de oplossing gebruikt er { $solution })
lesson-score-showed-me = Laat zien gebruikt
lesson-open-now = Nu geopend, naast de consoles.
lesson-start = Beginnen
lesson-continue = Doorgaan
lesson-again = Opnieuw beginnen
lessons-progress = Uw voortgang
lessons-progress-text = Bewaard in deze browser. Exporteer hem als klein bestand voor uw trainer.
lessons-export-progress = Voortgang exporteren
lessons-reset-progress = Voortgang opnieuw instellen
lessons-reset-confirm = De voortgang, score en sandbox van elke les vergeten? Uw vrije sandbox blijft bewaard.
lessons-reset-yes = Opnieuw instellen
lessons-trainers = Lessen van trainers
lessons-trainers-text = Een trainer maakt een les vanuit de sandbox en deelt die als bestand of link. Ze is in één taal geschreven en niet gecontroleerd door de makers van de simulator.
lessons-trainers-played = Lessen van trainers die u hebt gevolgd
lessons-make = Een les maken
lessons-import-file = Een lesbestand openen
lessons-open-link = Of plak een leslink
lessons-open = Openen
lessons-learner-name = Uw naam
lessons-learner-name-hint = Komt in het voortgangsbestand dat u exporteert, zodat uw trainer weet van wie het is; deze browser onthoudt hem.
lesson-link-opening = De les wordt geopend…
lesson-link-broken = Deze leslink kan niet worden geopend
lesson-recording-title = De oplossing wordt opgenomen: { $title }
lesson-show-panel = Les tonen
lesson-hide-panel = Les verbergen
lesson-trainers-own = Een les van een trainer, geschreven in { $language }: de tekst is van de trainer zelf.
lesson-objectives = Doelen
lesson-objective-met = Bereikt:
lesson-objective-unmet = Nog niet:
lesson-predict = Voorspel eerst:
lesson-answer = Antwoorden
lesson-answer-right = Goed.
lesson-answer-wrong = Niet helemaal.
lesson-answer-none = Niet beantwoord.
lesson-the-answer = Het antwoord: { $answer }
lesson-hints = Hints
lesson-show-hint = Een hint tonen ({ $n } van { $total })
lesson-show-me = Laat zien
lesson-show-me-status = Volgende: stap { $n } van { $total }
lesson-pause = Pauzeren
lesson-resume = Doorgaan
lesson-next-step = Volgende stap
lesson-stop = Stoppen
lesson-skip-question = Vraag overslaan
lesson-restart = Opnieuw beginnen
lesson-restart-confirm = Deze les opnieuw beginnen? Wat u erin deed wordt vergeten; uw voortgang in andere lessen blijft bewaard.
lesson-restart-yes = Opnieuw beginnen
lesson-leave = Les verlaten
lesson-complete = Les voltooid
lesson-covered = Beantwoord eerst de vraag van de les (of sla die over): daarna ziet u de console weer.
lesson-rules-met = De regels die u tegenkwam
lesson-next = Volgende les
lesson-not-found = Er is geen les { $id }.
lesson-all = Alle lessen
locale-texts-failed = De teksten in het { $language } konden niet worden geladen: de simulator is voorlopig in het { $shown }.
locale-texts-retry = Opnieuw proberen
maker-title = Een les maken
maker-intro = Een les begint bij de sandbox zoals die nu is. Geef haar een titel en een inleiding, doelen die de simulator controleert, hints, en neem de oplossing op door haar uit te voeren. Exporteer haar daarna als bestand of link.
maker-begin = Beginnen vanuit de sandbox
maker-lesson-open = Er is een les geopend. Verlaat die eerst: een les wordt gemaakt vanuit uw vrije sandbox.
maker-language = Geschreven in { $language }: de les toont uw tekst zoals die is, in elke taal.
maker-lesson-title = Titel
maker-introduction = Inleiding
maker-start = Beginsituatie
maker-start-text = { $events ->
    [one] De sandbox zoals die was toen u begon ({ $events } gebeurtenis).
   *[other] De sandbox zoals die was toen u begon ({ $events } gebeurtenissen).
}
maker-retake = De sandbox nemen zoals die nu is
maker-persona = De cursist begint als
maker-route = Pagina (een pad zoals /customers/cust-001/account)
maker-route-hint = De les opent deze pagina.
maker-route-unknown = Deze pagina bestaat niet in de simulator.
maker-objectives = Doelen
maker-remove = Verwijderen
maker-remove-objective = Doel { $n } verwijderen
maker-remove-hint = Hint { $n } verwijderen
maker-remove-steps = Stap { $n } en de stappen erna verwijderen
maker-remove-from-here = Vanaf hier verwijderen
maker-remove-question = Vraag { $n } verwijderen
maker-hints = Hints
maker-hint = Een hint
maker-add-hint = Hint toevoegen
maker-solution = Oplossing
maker-solution-text = Neem haar op door haar uit te voeren: het begin van de les opent in een eigen sandbox en elke actie die u uitvoert, toegestaan of geweigerd, wordt een stap van Laat zien.
maker-record = De oplossing opnemen
maker-record-again = De oplossing opnieuw opnemen
maker-recording-text = Voer de les uit zoals een cursist dat zou moeten doen: elke actie wordt een stap. Ongedaan maken neemt de laatste terug.
maker-stop-recording = Opname stoppen
maker-check = Controle
maker-ready = Klaar: geen doel is bij het begin bereikt en de opgenomen oplossing bereikt ze allemaal.
maker-finding-no-title = De les heeft een titel nodig.
maker-finding-no-objectives = De les heeft minstens één doel nodig.
maker-finding-met-at-start = „{ $objective }” is al bereikt voordat de cursist iets doet.
maker-finding-not-met = De opgenomen oplossing bereikt „{ $objective }” niet.
maker-export = Lesbestand exporteren
maker-share = Deellink kopiëren
maker-try = Uitproberen
maker-link = Deellink (gekopieerd)
maker-discard = Concept verwijderen
maker-discard-confirm = Dit lesconcept verwijderen? Exporteer het eerst om het te bewaren.
maker-discard-yes = Verwijderen
maker-back = Terug naar de lessen
maker-add-objective = Een doel toevoegen
maker-add-question = Een vraag toevoegen
maker-objective-text = Wat de cursist leest
maker-objective-kind = Wat de simulator controleert
maker-kind-permission = Een klantmachtiging staat aan of uit
maker-kind-did = Er is iets gebeurd (Activiteitenlogboek)
maker-kind-refused = Een poging is door een regel geweigerd
maker-kind-role = Een gebruiker heeft een rol
maker-kind-bought = De klant heeft een reservering gekocht in de Azure-portal
maker-kind-api = Een API-aanvraag kreeg een status
maker-kind-visit = De cursist heeft een pagina geopend
maker-kind-expect = Een scenarioverwachting klopt
maker-customer = Klant
maker-resource = Machtiging
maker-position = Stand
maker-operation = Wat er gebeurde
maker-refusal = Opgenomen poging en regel
maker-no-refusals = Neem eerst een geweigerde poging op in de oplossing; kies die daarna hier.
maker-user = Gebruiker
maker-subscription = Abonnement
maker-role = Rol
maker-auto-renew = Automatisch verlengen
maker-method = Methode
maker-status = Status
maker-step-visit = { $page } openen — { $persona }
maker-step-api = { $method } { $path } — { $persona }
maker-expectation = Verwachting
maker-no-expectations = De sandbox heeft geen scenarioverwachtingen; importeer een scenariobestand dat ze heeft.
maker-objective-needs-text = Schrijf wat de cursist bij dit doel leest.
maker-objective-incomplete = Kies wat de simulator bij dit doel controleert.
maker-add = Doel toevoegen

import-error-empty = mag niet leeg zijn
import-error-too-long = leeg of te lang
import-error-lesson-format = geen les van de CSP-reserveringssimulator
import-error-question-options = een vraag biedt twee tot zes antwoorden, en het juiste antwoord is er een van
import-error-question-unknown = noemt een gebruiker, actie of doel dat het begin van de les niet heeft
import-error-question-disagrees = niet het antwoord dat de regels bij het begin van de les geven
import-error-question-ambiguous = meer dan één antwoord past bij wat de regels geven
maker-finding-no-introduction = De les heeft een inleiding nodig.
maker-finding-unreadable = Het lesbestand zou niet worden geïmporteerd:
maker-finding-question = Vraag „{ $question }”: { $problem }
maker-questions = Vragen (eerst voorspellen, dan zien)
maker-questions-text = De cursist beantwoordt elke vraag voordat hij iets doet: tot dan blijven de consoles bedekt. Een vraag gaat over wie wat mag bij het begin van de les; de simulator toetst het antwoord dat u aanwijst aan zijn regels.
maker-question-text = Vraag
maker-question-target = Waarmee
maker-question-as = Wie
maker-question-action = Doet wat
maker-question-add = Controleren en vraag toevoegen
maker-question-ambiguous = Meer dan één antwoord zegt wat de regels geven („{ $outcome }”): geef elk antwoord een eigen uitkomst.
maker-question-option = Antwoord { $n }
maker-question-outcome = Wat antwoord { $n } zegt
maker-question-right = Antwoord { $n } is juist
maker-question-needs-text = Schrijf de vraag en ten minste twee antwoorden.
maker-question-disagrees = Bij het begin van de les zeggen de regels „{ $outcome }”: wijs het antwoord aan dat dat zegt.
maker-question-unknown = Het begin van de les heeft zo'n gebruiker, actie of doel niet.

table-region = Tabel (schuift opzij op smalle schermen)

header-toggle = Aangemeld als { $who }: persona, klok of taal wijzigen
