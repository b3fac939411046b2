# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • Codsi caawimo oo aad qoraysid oo aadan weli dirin: waxaa la hayaa 30 daqiiqo, si uusan u lumin haddii bot-ka dib loo bilaabo.
support-mydata-draft = • Codsi caawimo oo aadan weli dirin: waa la tirtirayaa { $minutes } daqiiqo kadib markaad bilowday
support-mydata-held = • Fariin cod ah oo aad weli u diri karto qof: waa la tirtirayaa { $minutes } daqiiqo kadib

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>, xubinta { $position } ({ $language }) lama gaari karin mana helin: { $what }. Qoyska si toos ah u arag.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name } lama gaari karin mana helin: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = Ma gaarin: { $what }
undelivered-what-appointment = fariin ku saabsan ballan
undelivered-what-request = fariin ku saabsan codsi caawimo
undelivered-what-message = fariin ka timid coach-ka
undelivered-what-notice = ogeysiis ka yimid bot-ka
