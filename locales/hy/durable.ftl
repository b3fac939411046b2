# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • Օգնության խնդրանք, որը գրում եք և դեռ չեք ուղարկել. պահվում է 30 րոպե, որպեսզի բոտի վերագործարկման ժամանակ չկորչի։
support-mydata-draft = • Օգնության խնդրանք, որը դեռ չեք ուղարկել. ջնջվում է սկսելուց { $minutes } րոպե անց
support-mydata-held = • Ձայնային հաղորդագրություն, որը դեռ կարող եք ուղարկել մարդու. ջնջվում է { $minutes } րոպե անց

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>, անդամ { $position }-ը ({ $language }) անհասանելի է և չի ստացել. { $what }։ Հանդիպեք ընտանիքին անձամբ։
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name }-ը անհասանելի է և չի ստացել. { $what }։
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = Չհասավ. { $what }
undelivered-what-appointment = հաղորդագրություն հանդիպման մասին
undelivered-what-request = հաղորդագրություն օգնության խնդրանքի մասին
undelivered-what-message = հաղորդագրություն քոուչից
undelivered-what-notice = ծանուցում բոտից
