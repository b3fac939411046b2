# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Amajambo y'iyi bot (family_bot) mu Kirundi. HTML ya Telegram: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# Ibiri muri { $... } vyuzuzwa na bot; ntimuhindure amazina yavyo.
# Mwebwe (polite plural) throughout, as Burundian media address listeners.

-bot-operator = ishirahamwe ryigenga rifasha imiryango, ritari Office des Étrangers

## Ururimi

language-picker-prompt = Muhitemwo ururimi rwanyu
language-changed = ✅ Kuva ubu, ndabandikira mu Kirundi.
language-button = 🌐 Ururimi

## Murakaza neza

welcome-text =
    <b>Murakaza neza.</b>
    Iyi bot ibaha amakuru ku buzima bwo mu nzu y'ugusubira (maison de retour), ku burenganzira bwanyu no ku vyo mushobora guhitamwo.
    Iyoborwa n'{ -bot-operator }.

    • Itanga amakuru gusa. Ntifata ingingo n'imwe ku dosiye yanyu.
    • Ibika gusa ururimi rwanyu n'ivyo muhisemwo kurungika.
    • Nimurungikira coach wanyu ubutumwa, coach wanyu arabusoma. Coach akorera Office des Étrangers (ibiro bijejwe abanyamahanga).

    Muhitemwo ico mushaka kumenya ng'aha munsi. Igihe cose mushobora kwandika /menu.

## Urutonde n'impapuro

menu-text =
    <b>Urutonde</b>
    Muhitemwo ico mushaka kumenya:
menu-button = ☰ Urutonde
nav-back = ◀ Subira inyuma
page-unreviewed = <i>⚠ Aya majambo ntarasuzumwa n'umuntu.</i>
page-in-other-language = <i>Uru rupapuro ntirurahindurwa mu rurimi rwanyu: rwerekanywe mu { $language }.</i>
page-checked = <i>Amakuru yasuzumwe ku wa { $date }.</i>

## Imfashanyo

help-text =
    <b>Imfashanyo</b>
    • Mufyonde ku kabuto kugira mwugurure urupapuro.
    • Canke mwandike ikibazo canyu mu majambo yanyu: ndabereka urupapuro rw'amakuru rwishura ico kibazo.
    • /menu yerekana urutonde rw'impapuro.
    • /language ihindura ururimi.
    • /appointments yerekana rendez-vous zanyu.
    • /privacy ivuga ivyo bot ibika; /forget irabifuta.
    • /start yongera kwerekana ubutumwa bw'intango.

    Nimuba muri mu kaga, muhamagare <b>112</b>.

## Ibindi vyose

fallback-media =
    Nshobora gusoma gusa amajambo yanditswe n'utubuto.
    Muhitemwo ico mushaka kumenya mu rutonde.
fallback-unknown-command =
    Sinzi itegeko { $command }.
    Mugerageze /menu canke /help.
fallback-stale-button = Aka kabuto ntikagikora. Ng'uru urutonde.
error-generic = Mutubabarire, hari ikitagenze neza. Mwongere mugerageze, canke mwandike /menu.

## Urutonde rw'amategeko Telegram yerekana (rugufi, ata HTML)

command-start = Ubutumwa bw'intango
command-menu = Kwerekana impapuro
command-language = Guhindura ururimi
command-help = Ingene iyi bot ikora
