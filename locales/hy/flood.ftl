# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = Դուք շատ հաղորդագրություններ եք ուղարկում շատ արագ։ Բոլորը կկարդամ և մի պահից կպատասխանեմ։ Խնդրում ենք գրել մի քիչ ավելի դանդաղ։
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = Կարդացի բոլոր հաղորդագրությունները, որ ուղարկեցիք իրար հետևից։ Ահա պատասխանը վերջինին։
