# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • Ugusaba imfashanyo muriko murandika mutararungika: kubikwa iminota 30, kugira ntikuzimangane bot isubiye gutangura.
support-mydata-draft = • Ugusaba imfashanyo mutararungika: kuzofutwa iminota { $minutes } inyuma yo kugutangura
support-mydata-held = • Ubutumwa bw'ijwi mugishobora kurungikira umuntu: buzofutwa inyuma y'iminota { $minutes }

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>, umunywanyi { $position } ({ $language }) ntiyashoboye gushikirwa kandi ntiyaronse: { $what }. Nimubonane n'umuryango imbonankubone.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name } ntiyashoboye gushikirwa kandi ntiyaronse: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = Ntivyashitse: { $what }
undelivered-what-appointment = ubutumwa bwerekeye umubonano
undelivered-what-request = ubutumwa bwerekeye ugusaba imfashanyo
undelivered-what-message = ubutumwa buvuye kuri coach
undelivered-what-notice = itangazo rivuye kuri bot
