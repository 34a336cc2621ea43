// The calculator page's own words, Dutch and English. Labels and hints of the case inputs are
// not here: they come with the inputs table (calculator/inputs.py, see schema.mjs), and every
// date, status and message about the case comes from Python. These are the words of the page
// around them: loading, buttons, the periods widget, the result's headings.

export const STRINGS = {
  nl: {
    loading: "Rekenhulp wordt geladen…",
    ready: "De rekenhulp is klaar.",
    waiting: "Even geduld: de rekenhulp wordt nog geladen. Je uitkomst volgt vanzelf.",
    calculating: "Bezig met rekenen…",
    calculated: (n) => `Tijdlijn berekend: ${n} momenten.`,
    slow: "Het laden duurt lang. Je kunt blijven wachten, of de tijdlijn zonder rekenhulp gebruiken:",
    failed: "De rekenhulp kan in deze browser niet starten. De termijnen staan ook op de pagina",
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
    resultHeading: "Jouw tijdlijn",
    roleAll: "Iedereen",
    roles: { werkgever: "Werkgever", werknemer: "Werknemer", bureau: "Re-integratiebureau" },
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
      "Alles wat je invulde staat in de link, achter het #-teken. Dat deel gaat niet naar een server.",
    copy: "Kopieer de link",
    copied: "Link gekopieerd.",
    calendar: "Zet in mijn agenda",
    calendarDone: (f) => `Agendabestand ${f} gedownload.`,
    print: "Afdrukken",
    fragmentLoaded: "De gegevens uit de link zijn ingevuld.",
  },
  en: {
    loading: "Loading the calculator…",
    ready: "The calculator is ready.",
    waiting: "Please wait: the calculator is still loading. Your result will follow.",
    calculating: "Calculating…",
    calculated: (n) => `Timeline calculated: ${n} milestones.`,
    slow: "Loading takes long. You can keep waiting, or use the timeline without the calculator:",
    failed: "The calculator cannot start in this browser. The deadlines are also on the page",
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
    resultHeading: "Your timeline",
    roleAll: "Everyone",
    roles: { werkgever: "Employer", werknemer: "Employee", bureau: "Re-integration agency" },
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
      "Everything you entered is in the link, after the # sign. That part is never sent to a server.",
    copy: "Copy the link",
    copied: "Link copied.",
    calendar: "Add to my calendar",
    calendarDone: (f) => `Calendar file ${f} downloaded.`,
    print: "Print",
    fragmentLoaded: "The details from the link have been filled in.",
  },
};

/** "nl" or "en" from any language tag ("en-GB" -> "en"); Dutch first. */
export function pageLang(tag) {
  return String(tag || "nl").slice(0, 2) === "en" ? "en" : "nl";
}

/** The page's words in one language. */
export function stringsFor(lang) {
  return STRINGS[pageLang(lang)];
}
