# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Tekstet e ndërfaqes së family_bot. HTML i Telegram: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# Vlerat { $... } i plotëson boti; ruajini emrat e tyre saktësisht.

-bot-operator = një organizatë e pavarur që ndihmon familjet (jo Zyra e të Huajve)

## Gjuha

language-picker-prompt = Zgjidhni gjuhën tuaj
language-changed = ✅ Tani e tutje do t'ju shkruaj në shqip.
language-button = 🌐 Gjuha

## Mirëseardhja

welcome-text =
    <b>Mirë se vini.</b>
    Ky bot ju jep informacion për jetën në shtëpinë e kthimit, për të drejtat dhe mundësitë tuaja.
    Ai drejtohet nga { -bot-operator }.

    • Ai jep informacion. Ai nuk vendos asgjë për dosjen tuaj.
    • Ai ruan vetëm gjuhën tuaj dhe atë që zgjidhni të dërgoni.
    • Nëse i dërgoni një mesazh coach-it tuaj, coach-i e lexon. Coach-i punon për Zyrën e të Huajve (Office des Étrangers / Dienst Vreemdelingenzaken).

    Zgjidhni një temë më poshtë. Mund të shkruani /menu në çdo kohë.

## Menyja dhe faqet

menu-text =
    <b>Menyja</b>
    Zgjidhni një temë:
menu-button = ☰ Menyja
nav-back = ◀ Prapa
page-unreviewed = <i>⚠ Ky tekst ende nuk është kontrolluar nga një person.</i>
page-in-other-language = <i>Kjo faqe nuk është përkthyer ende në gjuhën tuaj: shfaqet në { $language }.</i>
page-checked = <i>Informacioni u kontrollua më { $date }.</i>

## Ndihmë

help-text =
    <b>Ndihmë</b>
    • Prekni një buton për të hapur një temë.
    • Ose shkruani pyetjen tuaj me fjalët tuaja: ju tregoj faqen që i përgjigjet.
    • /menu tregon listën e temave.
    • /language ndryshon gjuhën.
    • /appointments tregon takimet tuaja.
    • /privacy tregon çfarë ruan boti; /forget e fshin.
    • /start tregon përsëri mesazhin e mirëseardhjes.

    Nëse jeni në rrezik, telefononi <b>112</b>.

## Gjithçka tjetër

fallback-media =
    Mund të lexoj vetëm tekst dhe butona.
    Ju lutem, zgjidhni një temë në meny.
fallback-unknown-command =
    Nuk e njoh komandën { $command }.
    Provoni /menu ose /help.
fallback-stale-button = Ky buton nuk është më aktiv. Ja menyja.
error-generic = Na vjen keq, ndodhi një gabim. Provoni përsëri, ose shkruani /menu.

## Lista e komandave që tregon Telegram (e shkurtër, pa HTML)

command-start = Mesazhi i mirëseardhjes
command-menu = Shfaq temat
command-language = Ndrysho gjuhën
command-help = Si funksionon ky bot
