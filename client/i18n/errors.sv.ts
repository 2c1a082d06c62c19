/**
 * The server's refusals in Swedish, one text per `extensions.reason` (schema/error-reasons.json),
 * with the reason's `params` by name. Params that name a thing (kind, status, record, action, role,
 * format) arrive already in Swedish; `time` is the clock time a lock lifts (from retryAfterSeconds).
 * tests/client/error-texts.test.ts fails when a reason lacks a text here or in errors.en.ts.
 */
export const errorsSv = {
  // UNAUTHENTICATED
  NOT_SIGNED_IN: "Du är inte inloggad längre. Logga in igen.",
  WRONG_CREDENTIALS: "Fel e-post eller lösenord.",

  // FORBIDDEN
  ROLE_REQUIRED: "Det här kräver rollen {roles}. Be din administratör om du behöver den.",
  NOT_OWN_ORGANISATION: "Bara organisationen som äger {record} kan göra det här.",
  OWNER_ONLY: "Bara organisationen som har lagt upp platsen kan göra det här.",
  CLAIMANT_ONLY: "Bara organisationen som reserverade platsen kan göra det här.",
  WORKPLACE_OF_OTHER_ORGANISATION: "Välj en av din organisations arbetsplatser. Finns den inte, lägg upp den först under Arbetsplatser.",

  // NOT_FOUND
  RECORD_NOT_FOUND: "Vi hittar inte {record}. Den kan ha tagits bort, eller så får du inte se den.",

  // BAD_USER_INPUT
  TEXT_LENGTH: "Skriv {min}–{max} tecken.",
  TEXT_BLANK: "Skriv något, inte bara mellanslag.",
  TEXT_FORBIDDEN_CHARACTERS: "Texten innehåller osynliga styrtecken. Skriv om den eller klistra in den som ren text.",
  TEXT_HOLDS_IDENTITY_NUMBER: "Skriv inte personnummer eller samordningsnummer här.",
  VALUE_REQUIRED: "Fyll i det här fältet.",
  INVALID_VALUE: "Värdet har fel form.",
  INVALID_DATE: "Ange ett datum som ÅÅÅÅ-MM-DD.",
  INVALID_EMAIL: "Ange en giltig e-postadress.",
  INVALID_FORMAT: "Ange {format}.",
  NUMBER_OUT_OF_RANGE: "Ange ett tal från {min} till {max}.",
  LIST_TOO_LONG: "Välj högst {maxItems}.",
  LIST_HAS_DUPLICATES: "Samma val finns med två gånger.",
  PAGE_SIZE_OUT_OF_RANGE: "Be om {min}–{max} åt gången.",
  INVALID_CURSOR: "Listan har ändrats. Ladda om sidan.",
  FIELD_NOT_REMOVABLE: "Det här fältet kan ändras men inte tömmas.",
  END_BEFORE_START: "Slutdatum kan inte vara före startdatum.",
  PERIOD_TOO_LONG: "{kind} får vara högst {maxMonths} månader. Välj ett tidigare slutdatum.",
  START_AFTER_PLACEMENT_END: "Platsen slutar {placementEnd}. Välj ett startdatum senast då.",
  SEATS_OVER_CAPACITY: "Platsen har bara {capacity} platser.",
  BELOW_SEATS_TAKEN: "Kan inte vara lägre än de {seatsTaken} platser som redan är tagna.",
  AUDIENCE_REQUIRED: "Välj minst en organisation.",
  SUPERVISOR_AT_OTHER_WORKPLACE: "Handledaren arbetar på en annan arbetsplats. Välj en handledare på den här.",
  REASON_REQUIRED: "Skriv ett skäl.",
  ORGANISATION_NUMBER_CHECK_DIGIT: "Organisationsnumrets kontrollsiffra stämmer inte. Kontrollera att det är rätt skrivet.",
  WORKPLACE_ALREADY_REGISTERED: "Din organisation har redan en arbetsplats med det namnet och organisationsnumret.",
  WORKPLACE_ARCHIVED: "Arbetsplatsen är arkiverad och tar inte emot nya praktikplatser eller handledare.",
  TRAINED_ON_IN_FUTURE: "Utbildningsdatumet kan inte ligga i framtiden.",
  EMAIL_TAKEN: "Det finns redan en användare med den e-postadressen.",
  WRONG_CURRENT_PASSWORD: "Det nuvarande lösenordet stämmer inte.",
  CANNOT_RESET_OWN_PASSWORD: "Ditt eget lösenord byter du själv, med ditt nuvarande lösenord.",
  RESET_TOKEN_INVALID:
    "Länken för att välja lösenord fungerar inte längre: den är använd, för gammal eller ersatt. Be din administratör om en ny.",
  PARTICIPANT_CODE_TAKEN: "Din organisation har redan en deltagare med den koden.",
  LAST_ADMIN: "Organisationen måste ha minst en aktiv administratör.",
  CANNOT_DEACTIVATE_SELF: "Du kan inte stänga av ditt eget konto.",

  // The Excel import
  IMPORT_FILE_UNREADABLE: "Filen är inte en Excel-arbetsbok (.xlsx). Spara den som .xlsx och försök igen.",
  IMPORT_WORKBOOK_TOO_LARGE: "Arbetsboken är för stor för att läsas in. Spara bara bladet med platserna i en ny fil, utan bilder.",
  IMPORT_COLUMNS_MISSING: "Hittar ingen rad med rubrikerna {columns}. Utgå gärna från mallen.",
  IMPORT_NO_ROWS: "Bladet har inga rader under rubrikerna.",
  IMPORT_TOO_MANY_ROWS: "Högst {maxRows} rader per import. Dela upp bladet.",
  IMPORT_UNKNOWN_VALUE: "”{value}” känns inte igen här. Bladet Värden i mallen visar vad som går att skriva.",
  IMPORT_DUPLICATE_ROW: "Samma plats (arbetsplats, titel och startdatum) finns redan på rad {firstRow}.",
  IMPORT_HAS_ERRORS: "{rowsWithErrors} rader har fel, så ingenting lästes in. Rätta dem och försök igen.",

  // NO_FREE_SEATS
  NOT_ENOUGH_FREE_SEATS: "Det finns inte så många lediga platser. Du bad om {requested}, lediga nu: {freeSeats}.",

  // CONFLICT
  CLAIM_STATUS_CHANGED: "Reservationen är {status} nu, så det går inte att {action} den. Ladda om sidan och se hur det står till.",
  PLACEMENT_STATUS_CHANGED: "Platsen är {status} nu, så det går inte att {action} den. Ladda om sidan och försök igen.",
  PLACEMENT_NOT_OPEN: "Platsen är {status} och tar inte emot reservationer.",
  PARTICIPANT_ARCHIVED: "Deltagaren är arkiverad. Återställ deltagaren innan du reserverar en plats åt hen.",
  HOLD_EXPIRED: "Reservationen hann gå ut, och platsen är tillbaka i poolen.",
  TRAINED_SUPERVISOR_REQUIRED:
    "Din organisation kräver en handledare med giltig handledarutbildning innan platsen öppnas. Välj en utbildad handledare eller spara som utkast.",

  // TOO_MANY_REQUESTS
  ACCOUNT_LOCKED:
    "Kontot är låst efter för många misslyckade inloggningar. Försök igen kl. {time}, eller be din administratör låsa upp det.",
  ADDRESS_LOCKED: "Inloggning från din adress är låst efter för många misslyckade försök. Försök igen kl. {time}.",

  // Refused before any resolver runs: mostly for API users, but said plainly.
  QUERY_TOO_DEEP: "Frågan är nästlad djupare än {maxDepth} nivåer.",
  TOO_MANY_ALIASES: "Frågan har fler än {maxAliases} alias.",
  QUERY_TOO_COSTLY: "Frågan är för stor ({cost} av högst {maxCost}). Be om färre fält eller mindre sidor.",
  QUERY_HOLDS_NUL: "Frågan innehåller ett NUL-tecken.",
  QUERY_LIST_TOO_LONG: "En lista i frågan får ha högst {maxItems} värden.",
  OPERATION_TYPE_MISSING: "API:et har inga operationer av typen {operation}.",
  INVALID_QUERY: "Frågan stämmer inte med schemat.",
  QUERY_SYNTAX: "Frågan är inte giltig GraphQL.",
  TOO_MANY_DIRECTIVES: "Frågan har fler än {maxDirectives} direktiv.",
  RESPONSE_TOO_LARGE: "Svaret skulle bli för stort (högst {maxBytes} byte). Be om färre fält eller mindre sidor.",
  SHUTTING_DOWN: "Servern startas om. Försök igen om {retryAfterSeconds} sekunder.",
  REQUEST_TIMEOUT: "Anropet tog för lång tid (mer än {timeoutMs} ms). Försök igen med en mindre fråga.",
  BODY_TOO_LARGE: "Anropet är för stort (högst {maxBytes} byte).",
  BODY_NOT_JSON: "Anropet är inte giltig JSON.",
  BATCH_TOO_LARGE: "Högst {maxBatch} operationer per anrop.",
  METHOD_NOT_ALLOWED: "Använd GET eller POST mot /graphql.",
  ORIGIN_NOT_ALLOWED: "Den här webbplatsen får inte anropa API:et.",
  BAD_REQUEST: "Servern förstod inte anropet.",
  // Sökning (issue 15)
  SORT_NEEDS_TEXT: "Skriv något att söka på för att sortera efter bäst träff.",

  // Follow-ups, outcomes, absences and statistics (issue 13)
  FOLLOW_UP_STAGE_UNKNOWN: "Reservationen har inte den uppföljningen. Välj en av dess uppföljningar.",
  DATE_IN_FUTURE: "Datumet får inte ligga i framtiden.",
  OUTCOME_DETAIL_MISMATCH: "Välj en precisering som hör till utfallet.",
  EARLY_END_REASON_REQUIRED: "Ange varför platsen avbröts.",
  ABSENCE_DATE_OUTSIDE_PERIOD: "Frånvaro kan registreras från {start} till {end}.",
  STATISTICS_PERIOD_NOT_ALIGNED: "Perioden ska börja den första dagen i en månad, ett kvartal eller ett år.",
  FOLLOW_UP_BEFORE_START: "Reservationen är {status}. Uppföljningar börjar när deltagaren har börjat.",
  OUTCOME_BEFORE_END: "Reservationen är {status}. Utfallet registreras när den har avslutats.",
  OUTCOME_NOT_DUE: "Utfallet efter 90 dagar kan registreras från {dueOn}.",
  ABSENCE_OUTSIDE_ACTIVE_CLAIM: "Reservationen är {status}. Frånvaro registreras medan den pågår.",
  // Notifications (issue 12)
  TOO_MANY_SAVED_SEARCHES: "Du kan ha högst {max} bevakningar. Ta bort en först.",
  // Live updates (issue 12)
  SOCKET_SUBSCRIPTIONS_ONLY: "Uppdateringskanalen tar bara emot prenumerationer. Skicka frågor och ändringar som vanligt.",
  SOCKET_TOO_MANY_SUBSCRIPTIONS: "Uppdateringskanalen har redan {maxSubscriptions} prenumerationer. Avsluta en först.",
  SOCKET_TOO_MANY_SOCKETS:
    "Du har redan så många uppdateringskanaler öppna som går. Stäng en flik eller vänta en stund, så försöker sidan igen.",
  // Issue 11: periods, renewals, consent, fit and the waiting list
  END_IN_PAST: "Slutdatumet har redan passerat. Välj ett datum från och med i dag.",
  END_DATE_REQUIRED: "{kind} behöver ett slutdatum (oftast {defaultWeeks} veckor).",
  OUTSIDE_SEASON: "{kind} ska ligga inom {months} samma år.",
  OUTSIDE_PLACEMENT_PERIOD: "Perioden måste ligga inom platsens period, {placementStart}–{placementEnd}.",
  PLACEMENT_ENDED: "Platsen slutade {placementEnd} och tar inte emot fler reservationer.",
  RENEWAL_NOT_ALLOWED: "{kind} förlängs inte.",
  RENEWAL_NEEDS_END: "Reservationen har inget slutdatum att förlänga.",
  RENEWAL_NOT_LATER: "Reservationen gäller redan till {currentEnd}. Välj ett senare datum.",
  RENEWAL_STEP_TOO_LONG: "En förlängning får vara högst {stepMonths} månader, alltså till och med {latest}.",
  RENEWAL_CAP_REACHED: "Taket är {capMonths} månader totalt. Reservationen kan inte gälla längre än till {capEnd}.",
  CLAIM_NOT_RENEWABLE: "Reservationen är {status}. Bara bekräftade eller påbörjade reservationer kan förlängas.",
  CONSENT_IN_PAST: "Samtycket måste gälla minst till i dag ({today}).",
  GUARDIAN_CONSENT_REQUIRED: "Deltagaren är minderårig. Bekräfta att en vårdnadshavare också har samtyckt.",
  CONSENT_ALREADY_REVOKED: "Samtycket är redan återkallat.",
  REQUIREMENTS_NOT_MET: "Deltagaren saknar {missing}. Skriv varför du vill reservera ändå.",
  PARTICIPANT_REQUIRED_FOR_SORT: "Välj en deltagare för att sortera efter bäst passande.",
  PLACEMENT_HAS_FREE_SEATS: "Platsen har {freeSeats} lediga platser. Reservera i stället för att ställa i kö.",
  ALREADY_IN_QUEUE: "Ni står redan i kö till den här platsen.",
  WAITING_LIST_ENTRY_CLOSED: "Köplatsen är inte längre aktiv. Ladda om sidan.",

  INTERNAL: "Något gick fel hos servern. Försök igen om en stund.",

  // Recommendations and warnings between coordinators (feedback)
  TEXT_HOLDS_PARTICIPANT_CODE:
    "Texten innehåller en av din organisations deltagarkoder. Omdömen handlar om platsen, aldrig om en deltagare: ta bort koden.",
  ONLY_WARNINGS_RESOLVE: "Bara en varning kan markeras som åtgärdad.",
  FEEDBACK_ON_OWN_PLACEMENT: "Omdömen lämnas av andra organisationer. På din egen plats kan du svara på dem.",
  AUTHOR_ONLY: "Bara den som skrev omdömet, eller en administratör i samma organisation, kan ta tillbaka det.",

  // Validation checklists and skills summaries
  ITEMS_REQUIRED: "Lägg till minst en punkt.",
  CHECKLIST_ALREADY_ATTACHED:
    "Platsen har redan en checklista från den här mallen, kanske från en tidigare version. Anpassa den i stället.",
  CHECKLIST_ITEM_REMOVED: "Punkten finns inte längre på checklistan (den är borttagen eller omformulerad). Ladda om sidan.",
  VALIDATION_ALREADY_STARTED: "Den här reservationen har redan en validering mot checklistan. Fortsätt på den.",
  OBSERVED_ON_IN_FUTURE: "Datumet för bedömningen kan inte ligga i framtiden.",
  CHECKLIST_REMOVED: "Checklistan är borttagen från platsen.",
};

/** Words the texts above take as params, in the form the sentences need. */
export const errorWordsSv = {
  records: {
    absence: "frånvaron",
    calendarFeed: "kalenderlänken",
    claim: "reservationen",
    municipality: "kommunen",
    occupationField: "yrkesområdet",
    organisation: "organisationen",
    participant: "deltagaren",
    placement: "platsen",
    savedSearch: "bevakningen",
    supervisor: "handledaren",
    user: "användaren",
    workplace: "arbetsplatsen",
    placementFeedback: "omdömet",
    checklistTemplate: "checklistmallen",
    placementChecklist: "platsens checklista",
    checklistItem: "punkten",
    validation: "valideringen",
  },
  actions: {
    confirmClaim: "bekräfta",
    declineClaim: "tacka nej till",
    releaseClaim: "lämna tillbaka",
    startClaim: "markera som påbörjad",
    completeClaim: "markera som klar",
    endClaimEarly: "registrera avbrott för",
    expireClaim: "låta gå ut",
    pausePlacement: "pausa",
    reopenPlacement: "öppna",
    closePlacement: "stänga",
    updatePlacement: "ändra",
    startValidation: "starta en validering på",
    recordValidation: "registrera bedömningar på",
  },
  formats: {
    MONTH: "en månad som ÅÅÅÅ-MM",
    PHONE: "ett telefonnummer, till exempel 0221-123 45",
    ORGANISATION_NUMBER: "ett organisationsnummer med tio siffror, som NNNNNN-NNNN",
    PARTICIPANT_CODE: "en deltagarkod med bokstäver, siffror och bindestreck, inte ett personnummer",
  },
  claimStates: {
    HELD: "reserverad",
    CONFIRMED: "bekräftad",
    DECLINED: "nekad",
    RELEASED: "återlämnad",
    EXPIRED: "utgången",
    ACTIVE: "påbörjad",
    COMPLETED: "avslutad",
    ENDED_EARLY: "avbruten",
  },
  placementStates: { DRAFT: "ett utkast", OPEN: "öppen", PAUSED: "pausad", CLOSED: "stängd" },
  or: "eller",
};
