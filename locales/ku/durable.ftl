# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • Daxwazeke alîkariyê ya ku hûn dinivîsin û hê neşandine: 30 deqe tê parastin, da ku bi destpêkirina nû ya botê winda nebe.
support-mydata-draft = • Daxwazeke alîkariyê ku we hê neşandiye: { $minutes } deqe piştî ku we dest pê kir tê jêbirin
support-mydata-held = • Peyameke dengî ku hûn hê dikarin ji kesekî re bişînin: piştî { $minutes } deqeyan tê jêbirin

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>, endamê { $position } ({ $language }) nehat gihîştin û ev negirt: { $what }. Malbatê rû bi rû bibînin.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name } nehat gihîştin û ev negirt: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = Negihîşt: { $what }
undelivered-what-appointment = peyamek li ser randevûyekê
undelivered-what-request = peyamek li ser daxwazeke alîkariyê
undelivered-what-message = peyamek ji şêwirmend
undelivered-what-notice = agahdariyek ji botê
