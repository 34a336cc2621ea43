// The calculator page's own words, Dutch and English. Labels and hints of the case inputs are
// not here: they come with the inputs table (calculator/inputs.py, see schema.mjs), and every
// date, status and message about the case comes from Python. These are the words of the page
// around them: loading, buttons, the periods widget, the result's headings.

export const STRINGS = {
  nl: {
    loading: "De rekenhulp wordt geladen. Meestal duurt dat een paar seconden; je kunt alvast invullen.",
    ready: "De rekenhulp is klaar.",
    waiting: "Even geduld: de rekenhulp wordt nog geladen. Je uitkomst volgt vanzelf.",
    calculating: "Bezig met rekenen…",
    calculated: (n) => `Tijdlijn berekend: ${n} momenten.`,
    slow: "Het laden duurt lang. Je kunt blijven wachten, of de tijdlijn zonder rekenhulp gebruiken:",
    failed: "De rekenhulp kan in deze browser niet starten. De termijnen staan ook op de pagina",
    failedBoot: "De rekenhulp kon niet starten. Laad de pagina opnieuw, of probeer het later nog eens. De termijnen staan ook op de pagina",
    timelineLink: "Tijdlijn van de Wet verbetering poortwachter",
    day: "Dag",
    month: "Maand",
    year: "Jaar",
    periodLegend: (n) => `Herstel en nieuwe ziekteperiode ${n}`,
    recovered: "Nu volledig hersteld? Vul de laatste ziektedag in",
    addPeriod: "Hersteld en later opnieuw ziek? Voeg een periode toe",
    addPeriodHint:
      "Alleen volledig herstel voor je eigen werk telt als herstel. Werk je een deel van je " +
      "uren of ander werk, dan ben je nog ziek.",
    removePeriod: "Verwijder deze periode",
    periodAdded: (n) => `Periode ${n} toegevoegd.`,
    periodRemoved: "Periode verwijderd.",
    optional: "Optioneel",
    submit: "Bereken de termijnen",
    errorTitle: "Er is een probleem",
    errorPrefix: "Fout: ",
    internalError: "Er ging iets mis aan onze kant. Wat je invulde, blijft staan. Probeer het nog eens.",
    needsConnection:
      "Hiervoor is één keer een internetverbinding nodig. Dit deel van de rekenhulp wordt pas geladen als het voor het eerst nodig is. Maak verbinding en probeer het opnieuw. Daarna werkt het ook zonder internet. Wat er is ingevuld, blijft staan.",
    resultHeading: "Jouw tijdlijn",
    roleAll: "Iedereen",
    roles: { werkgever: "Werkgever", werknemer: "Werknemer", bureau: "Re-integratiebureau" },
    rolesShort: { werkgever: "Werkgever", werknemer: "Werknemer", bureau: "Bureau" },
    todo: "Wat te doen",
    who: "Wie: ",
    week: "Week",
    from: "van",
    until: "tot en met",
    indication: "indicatie",
    actual: "Gedaan op ",
    allDates: "Alle data",
    sources: "Bron: ",
    outcomes: "Wat betekent dit voor deze situatie",
    goodToKnow: "Goed om te weten",
    today: "Vandaag is het ",
    weekToday: (n) => `, ziekteweek ${n}`,
    timeline: "Termijnen",
    check: "Controleer je antwoorden",
    change: "Wijzig",
    share: "Link naar deze uitkomst",
    shareHint:
      "Alles wat je invulde staat in deze link, ook een naam en geboortedatum. Wie de link heeft, kan het lezen. Plak je hem in een e-mail of chat, dan staat het daar ook. Wie de link opent, vindt hem terug in de geschiedenis van zijn browser. Het deel achter het #-teken gaat niet naar een server. De adresbalk van deze pagina bevat geen naam en geen geboortedatum.",
    dossierWithoutPerson:
      "De naam en geboortedatum van dit dossier staan niet in het adres. De pagina Meerdere dossiers is niet meer open, dus ze ontbreken hier. Open het dossier opnieuw vanuit die pagina, of vul ze zelf in.",
    copy: "Kopieer de link",
    copied: "Link gekopieerd.",
    calendar: "Zet in mijn agenda",
    calendarDone: (f) => `Agendabestand ${f} gedownload.`,
    print: "Afdrukken",
    fragmentLoaded: "De gegevens uit de link zijn ingevuld.",
    // "Bereken" while the calculator loads; progress of the boot (worker "progress" phases)
    waitingButton: "de rekenhulp laadt nog, je uitkomst volgt",
    phases: { download: "bestanden ophalen", wheels: "rekenhulp klaarzetten", python: "rekenhulp starten" },
    loadingPhase: (step, total, phase) =>
      `De rekenhulp wordt geladen: stap ${step} van ${total}, ${phase}. Meestal duurt dat een paar seconden; je kunt alvast invullen.`,
    // "Nu en hierna"
    now: "Nu en hierna",
    next: "Eerstvolgende termijn",
    nextFor: {
      werkgever: "Eerstvolgende termijn voor de werkgever",
      werknemer: "Eerstvolgende termijn voor de werknemer",
      bureau: "Eerstvolgende termijn voor het re-integratiebureau",
    },
    noNext: "Er staat geen termijn meer open.",
    openUntil: "Kan nu, tot en met ",
    todoFor: { werkgever: "de werkgever", werknemer: "de werknemer", bureau: "het re-integratiebureau" },
    explained: "Lees de uitleg",
    explainedAbout: (title) => ` over ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    atStake: "Meer over hoe UWV de re-integratie beoordeelt",
    atStakeFor: { ziekmelding_uwv: "Meer over de 42e-weeksmelding", wia_aanvraag: "Meer over een te late WIA-aanvraag" },
    payMore: "Meer over geld tijdens ziekte",
    payDetails: "Hoeveel, en wat daarna?",
    leaveMore: "Meer over zwangerschap en ziekte",
    newTab: " (opent in een nieuw tabblad)",
    attention: (n) => `Vraagt aandacht (${n})`,
    risk: "Risico: ",
    riskSummary: "Wat staat er op het spel?",
    doNow: "Wat nu: ",
    roleFor: (role) => `${role}: `,
    // the picture
    pictureTitle: "De 104 weken in één balk: ziekte, herstel, verlof, vandaag en de belangrijkste termijnen",
    pictureToday: "vandaag",
    pictureText: "Wat de balk laat zien",
    pictureKinds: { sick: "ziek", ahead: "nog te gaan", recovered: "hersteld", leave: "verlof" },
    pictureMarks: { overdue: "niet als gedaan ingevuld", late: "te laat gedaan", done: "gedaan", other: "termijn" },
    // the timeline
    derivation: "Zo is deze datum berekend",
    // recording what happened
    markDone: "Gedaan op…",
    changeDone: "Datum wijzigen",
    doneFor: (title) => ` (${title})`,
    save: "Opslaan",
    cancel: "Annuleren",
    clearDone: "Wis de datum",
    doneSaved: (title) => `${title}: opgeslagen. De tijdlijn is bijgewerkt.`,
    doneCleared: (title) => `${title}: datum gewist. De tijdlijn is bijgewerkt.`,
    // stale
    outdatedTitle: "Deze uitkomst is niet meer actueel.",
    outdatedText: "Je hebt de gegevens gewijzigd. Bereken opnieuw om de uitkomst bij te werken.",
    outdatedStatus: "Je hebt iets gewijzigd: de uitkomst hieronder is niet meer actueel.",
    recalculate: "Bereken opnieuw",
    // calendar label and print
    calendarLabel: "Naam in je agenda (optioneel)",
    calendarHint: "Bijvoorbeeld een dossiernummer. De naam komt alleen in het agendabestand en in de link hieronder, niet in de adresbalk.",
    dossier: "Gepland en gedaan",
    dossierStep: "Stap",
    dossierPlanned: "Uiterlijk",
    dossierActual: "Gedaan op",
    dossierStatus: "Stand",
    notDone: "—",
  },
  en: {
    loading: "Loading the calculator. This usually takes a few seconds; you can start filling in the form.",
    ready: "The calculator is ready.",
    waiting: "Please wait: the calculator is still loading. Your result will follow.",
    calculating: "Calculating…",
    calculated: (n) => `Timeline calculated: ${n} milestones.`,
    slow: "Loading takes long. You can keep waiting, or use the timeline without the calculator:",
    failed: "The calculator cannot start in this browser. The deadlines are also on the page",
    failedBoot: "The calculator could not start. Reload the page, or try again later. The deadlines are also on the page",
    timelineLink: "Timeline of the Gatekeeper Improvement Act",
    day: "Day",
    month: "Month",
    year: "Year",
    periodLegend: (n) => `Recovery and new sickness period ${n}`,
    recovered: "Fully recovered now? Enter the last sick day",
    addPeriod: "Recovered and ill again later? Add a period",
    addPeriodHint:
      "Only full recovery for your own job counts as recovery. Working part of your hours or " +
      "other work still counts as being ill.",
    removePeriod: "Remove this period",
    periodAdded: (n) => `Period ${n} added.`,
    periodRemoved: "Period removed.",
    optional: "Optional",
    submit: "Calculate the deadlines",
    errorTitle: "There is a problem",
    errorPrefix: "Error: ",
    internalError: "Something went wrong on our side. What you entered stays. Try again.",
    needsConnection:
      "This needs an internet connection once: this part of the calculator only loads the first time it is needed. Connect and try again; after that it works offline too. What was entered stays.",
    resultHeading: "Your timeline",
    roleAll: "Everyone",
    roles: { werkgever: "Employer", werknemer: "Employee", bureau: "Re-integration agency" },
    rolesShort: { werkgever: "Employer", werknemer: "Employee", bureau: "Agency" },
    todo: "What to do",
    who: "Who: ",
    week: "Week",
    from: "from",
    until: "up to and including",
    indication: "indication",
    actual: "Done on ",
    allDates: "All dates",
    sources: "Source: ",
    outcomes: "What this means for this situation",
    goodToKnow: "Good to know",
    today: "Today is ",
    weekToday: (n) => `, week ${n} of illness`,
    timeline: "Deadlines",
    check: "Check your answers",
    change: "Change",
    share: "Link to this result",
    shareHint:
      "Everything you entered is in this link, a name and date of birth too. Anyone who has the link can read it. Paste it into an email or a chat and it is there too. Whoever opens the link will find it in their browser history. The part after the # sign is never sent to a server. The address bar of this page holds no name and no date of birth.",
    dossierWithoutPerson:
      "The name and date of birth of this case are not in the address, and the page Multiple cases is no longer open, so they are missing here. Open the case again from that page, or fill them in yourself.",
    copy: "Copy the link",
    copied: "Link copied.",
    calendar: "Add to my calendar",
    calendarDone: (f) => `Calendar file ${f} downloaded.`,
    print: "Print",
    fragmentLoaded: "The details from the link have been filled in.",
    waitingButton: "the calculator is still loading, your result will follow",
    phases: { download: "fetching files", wheels: "preparing the calculator", python: "starting the calculator" },
    loadingPhase: (step, total, phase) =>
      `Loading the calculator: step ${step} of ${total}, ${phase}. This usually takes a few seconds; you can start filling in the form.`,
    now: "Now and next",
    next: "Next deadline",
    nextFor: {
      werkgever: "Next deadline for the employer",
      werknemer: "Next deadline for the employee",
      bureau: "Next deadline for the re-integration agency",
    },
    noNext: "No deadline is open any more.",
    openUntil: "Open now, up to and including ",
    todoFor: { werkgever: "the employer", werknemer: "the employee", bureau: "the re-integration agency" },
    explained: "Read the explanation",
    explainedAbout: (title) => ` of ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    atStake: "More on how UWV judges the re-integration",
    atStakeFor: { ziekmelding_uwv: "More on the 42-week report", wia_aanvraag: "More on a late WIA application" },
    payMore: "More on money during illness",
    payDetails: "How much, and what next?",
    leaveMore: "More on pregnancy and illness",
    newTab: " (opens in a new tab)",
    attention: (n) => `Needs attention (${n})`,
    risk: "Risk: ",
    riskSummary: "What is at stake?",
    doNow: "What now: ",
    roleFor: (role) => `${role}: `,
    pictureTitle: "The 104 weeks in one bar: illness, recovery, leave, today and the key deadlines",
    pictureToday: "today",
    pictureText: "What the bar shows",
    pictureKinds: { sick: "ill", ahead: "still to come", recovered: "recovered", leave: "leave" },
    pictureMarks: { overdue: "not marked as done", late: "done late", done: "done", other: "deadline" },
    derivation: "How this date was calculated",
    markDone: "Done on…",
    changeDone: "Change the date",
    doneFor: (title) => ` (${title})`,
    save: "Save",
    cancel: "Cancel",
    clearDone: "Clear the date",
    doneSaved: (title) => `${title}: saved. The timeline has been updated.`,
    doneCleared: (title) => `${title}: date cleared. The timeline has been updated.`,
    outdatedTitle: "This result is out of date.",
    outdatedText: "You changed the details. Calculate again to update the result.",
    outdatedStatus: "You changed something: the result below is out of date.",
    recalculate: "Calculate again",
    calendarLabel: "Name in your calendar (optional)",
    calendarHint: "For example a file number. The name only goes into the calendar file and the link below, not into the address bar.",
    dossier: "Planned and done",
    dossierStep: "Step",
    dossierPlanned: "At the latest",
    dossierActual: "Done on",
    dossierStatus: "Status",
    notDone: "—",
  },
};

/** "nl" or "en" from any language tag ("en-GB" -> "en"); Dutch first. */
export function pageLang(tag) {
  return String(tag || "nl").slice(0, 2) === "en" ? "en" : "nl";
}

/**
 * Words that differ per role, over the defaults above (the employee's "je", which the view
 * "everyone" reads too): the employer and the HR officer read "u" and "uw werknemer", the
 * re-integration agency "je" and "de werknemer" (the README's "Writing").
 */
export const ROLE_STRINGS = {
  nl: {
    werkgever: {
      resultHeading: "De tijdlijn van uw werknemer",
      check: "Controleer uw antwoorden",
      calendarLabel: "Naam in uw agenda (optioneel)",
      shareHint:
        "Alles wat u invulde staat in deze link, ook een naam en geboortedatum. Wie de link heeft, kan het lezen. Plakt u hem in een e-mail of chat, dan staat het daar ook. Wie de link opent, vindt hem terug in de geschiedenis van zijn browser. Het deel achter het #-teken gaat niet naar een server. De adresbalk van deze pagina bevat geen naam en geen geboortedatum.",
      loading: "De rekenhulp wordt geladen. Meestal duurt dat een paar seconden; u kunt alvast invullen.",
      waiting: "Even geduld: de rekenhulp wordt nog geladen. Uw uitkomst volgt vanzelf.",
      slow: "Het laden duurt lang. U kunt blijven wachten, of de tijdlijn zonder rekenhulp gebruiken:",
      addPeriodHint:
        "Alleen volledig herstel voor het eigen werk telt als herstel. Werkt uw werknemer een deel " +
        "van de uren of ander werk, dan is uw werknemer nog ziek.",
      internalError: "Er ging iets mis aan onze kant. Wat u invulde, blijft staan. Probeer het nog eens.",
      waitingButton: "de rekenhulp laadt nog, uw uitkomst volgt",
      loadingPhase: (step, total, phase) =>
        `De rekenhulp wordt geladen: stap ${step} van ${total}, ${phase}. Meestal duurt dat een paar seconden; u kunt alvast invullen.`,
    },
    bureau: {
      resultHeading: "De tijdlijn van de werknemer",
      addPeriodHint:
        "Alleen volledig herstel voor het eigen werk telt als herstel. Werkt de werknemer een deel " +
        "van de uren of ander werk, dan is de werknemer nog ziek.",
    },
  },
  en: {
    werkgever: {
      resultHeading: "Your employee's timeline",
      addPeriodHint:
        "Only full recovery for their own job counts as recovery. If your employee works part of " +
        "their hours or does other work, they are still ill.",
    },
    bureau: {
      resultHeading: "The employee's timeline",
      addPeriodHint:
        "Only full recovery for their own job counts as recovery. If the employee works part of " +
        "their hours or does other work, they are still ill.",
    },
  },
};

/** The page's words in one language, for `role` (null: the defaults); `forRole(other)` gives
 *  the same language's words for another role (the form follows the role switch). */
export function stringsFor(lang, role = null) {
  const code = pageLang(lang);
  const own = (role && ROLE_STRINGS[code][role]) || {};
  return { ...STRINGS[code], ...own, forRole: (other) => stringsFor(code, other) };
}
