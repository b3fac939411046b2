# Typed messages: danger (crisis lines first), small talk, off-topic. Read by families.
# Numbers: only those of FACTS.md, section 6. The full list (support-crisis) follows each headline.

triage-crisis-suicide =
    🆘 <b>You matter. If you are in danger now, call 112.</b>
    To talk now, day and night, free: <b>0800 32 123</b> (Centre de Prévention du Suicide, also in English).
triage-crisis-self-harm =
    🆘 <b>If you are badly hurt or in danger, call 112 now.</b>
    To talk now, day and night, free: <b>0800 32 123</b> (Centre de Prévention du Suicide, also in English).
triage-crisis-child =
    🆘 <b>If the child is in danger now, call 112.</b>
    For a child or teenager, free: <b>103</b> Écoute-Enfants (French), <b>102</b> Awel (Dutch).
triage-crisis-violence =
    🆘 <b>Call 112 now.</b> Emergency, free, day and night.
triage-crisis-medical =
    🆘 <b>Call 112 now.</b> Emergency, free, day and night.
triage-crisis-fire =
    🆘 <b>Call 112 now.</b> Emergency, free, day and night.
triage-crisis-ask-person = 🆘 Ask a person for help now

triage-smalltalk-hello = Hello 🙂 I am the information bot of the return houses. Ask me a question, or choose a topic:
triage-smalltalk-thanks = You're welcome 🙂 I am here whenever you need. Choose a topic, or write your question:
triage-smalltalk-ok = 🙂 Here is the menu, whenever you need it:
triage-smalltalk-bye = Take care 🙂 You can write to me at any time.
triage-smalltalk-who = I am a bot, not a person: I show pages checked by people, about life in the house, your rights and your options. To talk to a person: /talk.

triage-offtopic = I can only help with life in the house, your rights and your options. I don't know about this. Choose a topic, or send your question to a person:
