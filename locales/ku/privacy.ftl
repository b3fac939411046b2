# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Kurmanji privacy texts: what the bot keeps about a person, their copy (/mydata), erasure (/forget),
# flood control and groups. Reference text: locales/fr/privacy.ftl. Telegram HTML only.
# Values in { $... } are filled in by the bot; keep their names exactly.
# After a number a Kurmanji noun stays the same for one and for many ("30 rojan", "10 çirkeyan"):
# no plural selector is needed.

## /privacy

privacy-text =
    <b>🔒 Daneyên we di vî botî de</b>

    <b>Bot çi tomar dike, û çima</b>
    { $stored }
    Bot navê we, hejmara telefona we, wêne an pelên we, û nivîsa ku hûn jê re dinivîsin tomar nake. Ew tiştê ku hûn dinivîsin tenê ji bo bersivdanê dixwîne.
    Tenê peyama ku hûn bi xwe ji şêwirmendê xwe re dişînin tê tomarkirin, wekî li jor hatiye gotin.

    <b>Heta kengê</b>
    { $retention }

    <b>Kî dikare wan bibîne</b>
    Hûn, bi /mydata. Tîma ku botê dixebitîne ({ -bot-operator }), dema ku lênêrîna botê dike, dikare daneyên tomarkirî bibîne. Tomarên teknîkî yên botê qet tiştê ku hûn dinivîsin, navê we an hejmara telefona we nahewînin.

    <b>Çawa wan jê bibin</b>
    /forget her tiştê ku bot li ser we tomar dike, bi yek carê jê dibe.
privacy-notice-member = • Zimanê we û dîroka peyama we ya yekem û ya dawî: ji bo ku bot bi zimanê we ji we re binivîse, û ji bo ku daneyên we jê bibe dema ku hûn êdî botê bi kar naynin.
privacy-notice-inbox = • Tiştê ku hûn dişînin, heta ku bot bersiva wê bide (kêliyek; heke bot rawestiyabû, dirêjtir): paşê nivîsa wê tê jêbirin. Li wir kes wê naxwîne.
privacy-retention-inactive = • Heke hûn { $days } rojan ji botê re nenivîsin, her tiştê ku ew li ser we tomar dike tê jêbirin.

## /mydata

privacy-mydata-title = <b>Tiştên ku bot li ser we tomar dike</b>
privacy-mydata-nothing = Bot tiştekî li ser we tomar nake.
privacy-mydata-language = Ziman: { $language }
privacy-mydata-first-seen = Peyama yekem: { $date }
privacy-mydata-last-seen = Peyama dawî: { $date }
privacy-mydata-see-file = { $section }: li pelê li jêr binêrin.
privacy-mydata-file = Di pelê li jêr de heman tişt heye, bi formeke ku komputer dikare bixwîne (JSON).
privacy-mydata-too-long = Ji bo ku li vir bên nîşandan, gelek tişt hene: her tişt di pelê li jêr de ye.
privacy-mydata-caption = Her tiştê ku bot li ser we tomar dike

## /forget

privacy-forget-confirm =
    <b>Hemû daneyên we jê bibin?</b>
    Bot dê zimanê we û her tiştê din ê ku li ser we tomar dike ji bîr bike. Ev nayê paşvegerandin.
    Heke hûn paşê dîsa binivîsin, bot ji serî ve dest pê dike.
privacy-forget-yes = 🗑 Hemûyî jê bibe
privacy-forget-no = Betal bike
privacy-forget-done = ✅ Daneyên we hatin jêbirin. Bot êdî we nas nake.
privacy-forget-cancelled = Tiştek nehat jêbirin.
privacy-forget-expired = Ev bişkok pir kevn e. Heke hûn dixwazin daneyên xwe jê bibin, /forget dîsa bişînin.

## Flood control, groups, storage problems

privacy-slow-down-tap = Ji kerema xwe kêliyek: piştî çend çirkeyan dîsa bitikînin.
privacy-private-only = Ev bot tenê di axaftina taybet de dixebite, ji bo parastina jiyana taybet a her malbatê. Ez ji vê komê derdikevim. Rasterast ji min re binivîsin: @{ $bot }
privacy-storage-busy = Bibore, min niha nikarî vê tomar bikim. Ji kerema xwe piştî deqeyekê dîsa biceribînin.

## Command list shown by Telegram (short, no HTML)

command-privacy = Daneyên we: çi tê tomarkirin û çima
command-mydata = Kopiyeke daneyên xwe bistînin
command-forget = Daneyên xwe jê bibin

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • Heke şêwirmendê we hûn bi malbatekê ve girê dabin: navê wê yê kurt, hejmara we ya endamtiyê, randevûyên we û bersivên we. Şêwirmendê we û koordînator wan dibînin; ew ji bo şandina randevûyên we ne.
privacy-retention-appointments = • Randevû { $days } rojan piştî ku pêk hatin tên jêbirin.
privacy-mydata-household = Malbat: { $label } · şêwirmend: { $coach }
