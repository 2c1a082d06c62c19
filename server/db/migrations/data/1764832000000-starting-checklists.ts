import { randomUUID } from "node:crypto";
import type { QueryRunner } from "typeorm";

/**
 * The checklist templates every store starts with (migration 1764832000000 on both stores).
 * Frozen with that migration: a change to the starting templates is a new migration that adds a
 * version, never an edit here, since stores that already ran it would not see the edit.
 *
 * Why a migration and not the demo seed or a start-up sync: a production store starts without
 * demo data and needs the templates too; a migration runs exactly once per store, so templates
 * the coordinators have since edited (new versions) are never overwritten or brought back, as a
 * sync on every start would do.
 */
interface StartingChecklist {
  kind: "VOCATIONAL" | "LANGUAGE" | "ASSESSMENT";
  industry: string | null;
  name: string;
  description: string;
  sections: [section: string, items: string[]][];
}

export const startingChecklists: StartingChecklist[] = [
  {
    kind: "VOCATIONAL",
    industry: "KITCHEN",
    name: "Yrkesvalidering – kök och storhushåll",
    description: "Arbete i storkök, skolkök och restaurangkök: hygien, tillagning, disk och arbetssätt.",
    sections: [
      [
        "Hygien och livsmedelssäkerhet",
        [
          "Tvättar händerna och byter handskar vid rätt tillfällen",
          "Följer rutinerna för egenkontroll (temperaturer, märkning, datum)",
          "Hanterar allergener och specialkost så att inget blandas ihop",
          "Förvarar livsmedel rätt i kyl, frys och torrförråd",
        ],
      ],
      [
        "Tillagning",
        [
          "Följer ett recept och räknar om mängder",
          "Förbereder råvaror (sköljer, skalar, skär) säkert och i rätt storlek",
          "Tillagar enklare rätter och håller rätt temperatur vid varmhållning",
          "Lägger upp och serverar maten enligt verksamhetens standard",
        ],
      ],
      [
        "Disk och städning",
        [
          "Sköter diskmaskin och handdisk enligt instruktion",
          "Rengör arbetsytor, maskiner och golv enligt städschemat",
          "Sorterar avfall och matsvinn rätt",
        ],
      ],
      [
        "Arbetssätt och säkerhet",
        [
          "Använder knivar, maskiner och varma kärl säkert",
          "Håller tiderna för måltider och leveranser",
          "Samarbetar med kollegorna när det är mycket att göra",
        ],
      ],
    ],
  },
  {
    kind: "VOCATIONAL",
    industry: "WAREHOUSE",
    name: "Yrkesvalidering – lager och truck",
    description: "Lager- och logistikarbete: godsmottagning, plock och pack, truck och säkerhet.",
    sections: [
      ["Godsmottagning", ["Tar emot gods och kontrollerar det mot följesedeln", "Rapporterar skadat gods och andra avvikelser"]],
      [
        "Plock och pack",
        [
          "Plockar order rätt efter plocklista eller handdator",
          "Packar och märker gods så att det klarar transporten",
          "Håller ordning på lagerplatserna",
        ],
      ],
      [
        "Truck och hjälpmedel",
        [
          "Gör den dagliga kontrollen av trucken innan den används",
          "Kör truck säkert inom truckkortets behörighet",
          "Använder handtruck och pallyftare säkert",
        ],
      ],
      [
        "Säkerhet",
        [
          "Lyfter och bär med rätt arbetsteknik",
          "Följer skyltning, gångvägar och reglerna för skyddsutrustning",
          "Hanterar farligt gods och emballage enligt instruktion",
        ],
      ],
      [
        "Lagersystem",
        [
          "Använder lagersystemet eller skannern vid in- och utleverans",
          "Inventerar och rapporterar när saldot inte stämmer",
        ],
      ],
    ],
  },
  {
    kind: "VOCATIONAL",
    industry: "CLEANING",
    name: "Yrkesvalidering – lokalvård",
    description: "Städning av kontor, skolor och allmänna lokaler: metoder, material, säkerhet och service.",
    sections: [
      [
        "Metoder och material",
        [
          "Väljer rätt rengöringsmedel och doserar rätt",
          "Använder rätt metod för olika ytor och golv",
          "Sköter och rengör städutrustning och maskiner",
        ],
      ],
      [
        "Städning av lokaler",
        [
          "Städar kontor och allmänna utrymmen enligt städschemat",
          "Städar toaletter och andra sanitetsutrymmen hygieniskt rätt",
          "Putsar fönster och rengör höga ytor på ett säkert sätt",
        ],
      ],
      [
        "Säkerhet och miljö",
        [
          "Läser och följer säkerhetsdatablad och varningssymboler",
          "Använder skyddsutrustning när arbetet kräver det",
          "Källsorterar avfallet",
        ],
      ],
      [
        "Service och kvalitet",
        [
          "Bemöter dem som vistas i lokalerna vänligt",
          "Kontrollerar resultatet och rättar till det som blev fel",
          "Rapporterar fel och skador i lokalerna",
        ],
      ],
    ],
  },
  {
    kind: "VOCATIONAL",
    industry: "ELDERLY_CARE",
    name: "Yrkesvalidering – äldreomsorg",
    description: "Arbete på äldreboende och i hemtjänst: bemötande, omsorg, hygien och vardag.",
    sections: [
      [
        "Bemötande",
        [
          "Bemöter den äldre med respekt och lyhördhet",
          "Anpassar sitt sätt att tala efter personens behov",
          "Respekterar den äldres självbestämmande och integritet",
        ],
      ],
      [
        "Omsorg",
        [
          "Hjälper till vid personlig hygien och påklädning",
          "Hjälper till vid måltider och märker om någon äter eller dricker för lite",
          "Använder hjälpmedel vid förflyttning, till exempel lyft, på ett säkert sätt",
          "Märker förändringar i den äldres hälsa och säger till den som är ansvarig",
        ],
      ],
      [
        "Hygien och säkerhet",
        [
          "Följer de basala hygienrutinerna",
          "Följer reglerna om tystnadsplikt och sekretess",
          "Vet vad som gäller vid larm, fall och brand",
        ],
      ],
      [
        "Vardag och aktiviteter",
        [
          "Deltar i aktiviteter och samtal med de äldre",
          "Sköter enklare hushållssysslor som bäddning, tvätt och disk",
          "Rapporterar muntligt eller skriftligt enligt rutinen",
        ],
      ],
    ],
  },
  {
    kind: "VOCATIONAL",
    industry: "CHILD_CARE",
    name: "Yrkesvalidering – barnomsorg och förskola",
    description: "Arbete i förskola och fritidshem: förhållningssätt, vardagen, säkerhet och samarbete.",
    sections: [
      [
        "Förhållningssätt",
        [
          "Möter barnen med värme och tålamod",
          "Sätter gränser på ett lugnt och tydligt sätt",
          "Lyssnar på barnen och tar deras frågor på allvar",
        ],
      ],
      [
        "Vardagen i verksamheten",
        [
          "Hjälper till vid måltider, av- och påklädning och vila",
          "Deltar i lek, utevistelse och planerade aktiviteter",
          "Förbereder och städar undan material",
        ],
      ],
      [
        "Säkerhet och hygien",
        [
          "Har uppsikt över barnen och följer rutinerna vid utevistelse",
          "Följer rutinerna för hygien och handtvätt",
          "Vet vad som gäller vid olycksfall och när barn hämtas",
        ],
      ],
      [
        "Samarbete",
        [
          "Följer arbetslagets planering och rutiner",
          "Berättar för kollegorna om det som hänt under dagen",
          "Respekterar tystnadsplikten",
        ],
      ],
    ],
  },
  {
    kind: "VOCATIONAL",
    industry: "PROPERTY_MAINTENANCE",
    name: "Yrkesvalidering – fastighetsskötsel",
    description: "Skötsel av fastigheter och utemiljö: underhåll, verktyg och maskiner, säkerhet och service.",
    sections: [
      [
        "Utemiljö",
        [
          "Klipper gräs, beskär buskar och sköter rabatter",
          "Röjer snö och halkbekämpar",
          "Håller ordning på gårdar och vid miljöstationer",
        ],
      ],
      [
        "Inomhus och underhåll",
        [
          "Gör enklare reparationer, som att byta belysning, justera dörrar och laga lås",
          "Går tillsyn i gemensamma utrymmen och rapporterar fel",
          "Målar och gör annat enklare underhåll",
        ],
      ],
      [
        "Verktyg och maskiner",
        [
          "Använder handverktyg och elverktyg säkert",
          "Kör och sköter gräsklippare, snöslunga och liknande maskiner",
          "Gör daglig kontroll och enklare underhåll av maskinerna",
        ],
      ],
      [
        "Säkerhet och service",
        [
          "Använder skyddsutrustning och följer säkerhetsreglerna",
          "Hanterar kemikalier och avfall enligt instruktion",
          "Bemöter hyresgäster och besökare på ett serviceinriktat sätt",
          "Tar emot felanmälningar och följer upp dem",
        ],
      ],
    ],
  },
  {
    kind: "VOCATIONAL",
    industry: "RETAIL",
    name: "Yrkesvalidering – butik och handel",
    description: "Arbete i livsmedelsbutik, second hand och annan handel: varor, kunder, kassa och ordning.",
    sections: [
      [
        "Varuhantering",
        [
          "Tar emot varor och packar upp dem på rätt plats",
          "Fyller på hyllorna så att det som kom först säljs först",
          "Kontrollerar datum och tar hand om varor med kort datum",
          "Prismärker och skyltar enligt butikens koncept",
        ],
      ],
      [
        "Kundmöte",
        [
          "Hälsar på kunderna och erbjuder hjälp",
          "Svarar på frågor om sortimentet och hittar varor åt kunden",
          "Bemöter en missnöjd kund lugnt och vet när en kollega ska kallas in",
        ],
      ],
      ["Kassa", ["Sköter kassan och tar betalt rätt", "Hanterar returer och reklamationer enligt rutinen"]],
      [
        "Butiken i ordning",
        [
          "Håller butiken ren och snygg",
          "Följer rutinerna för öppning och stängning",
          "Följer reglerna för säkerhet och svinn",
        ],
      ],
    ],
  },
  {
    kind: "LANGUAGE",
    industry: null,
    name: "Språkvalidering – svenska i arbetet",
    description:
      "Steg för steg hur personen använder svenska på arbetsplatsen. Följs upp flera gånger under platsen; kan användas av SFI-läraren som underlag.",
    sections: [
      [
        "Steg 1 – förstå och följa",
        [
          "Förstår hälsningar och vardagliga fraser på arbetsplatsen",
          "Förstår en kort muntlig instruktion när den samtidigt visas",
          "Känner igen och säger namnen på vanliga verktyg, varor eller material",
        ],
      ],
      [
        "Steg 2 – fråga och svara",
        [
          "Frågar när något är oklart, till exempel ”Hur menar du?” eller ”Kan du visa?”",
          "Svarar på enkla frågor om arbetet",
          "Meddelar frånvaro eller försening per telefon eller sms",
        ],
      ],
      [
        "Steg 3 – berätta och förklara",
        [
          "Berättar vad hen har gjort under dagen",
          "Förklarar ett problem och ber om hjälp",
          "Följer en instruktion i flera steg utan att den visas",
        ],
      ],
      [
        "Steg 4 – läsa och skriva i arbetet",
        [
          "Läser scheman, skyltar och etiketter",
          "Läser enkla arbetsinstruktioner och checklistor",
          "Skriver korta anteckningar, till exempel i en logg eller till en kollega",
        ],
      ],
      [
        "Steg 5 – samtal och kontakter",
        [
          "Deltar i samtal på rasten",
          "Deltar i arbetsplatsträffar och säger sin mening",
          "Talar med kunder, brukare eller besökare i vanliga situationer",
          "Använder branschens yrkesord",
        ],
      ],
    ],
  },
  {
    kind: "ASSESSMENT",
    industry: null,
    name: "Bedömning av arbetsförmåga – arbetsträning och arbetsprövning",
    description:
      "Det Arbetsförmedlingen och Försäkringskassan behöver få besvarat: närvaro och punktlighet, tempo och uthållighet, att följa instruktioner, samarbete och säkerhet.",
    sections: [
      [
        "Närvaro och punktlighet",
        [
          "Kommer i tid till arbetspassets början",
          "Håller de överenskomna tiderna för raster och slut",
          "Meddelar frånvaro i förväg på det sätt som är överenskommet",
          "Är närvarande i den omfattning som är planerad (timmar per vecka)",
        ],
      ],
      [
        "Arbetstempo och uthållighet",
        [
          "Håller ett jämnt arbetstempo under hela passet",
          "Orkar hela den planerade arbetstiden",
          "Klarar att öka arbetstiden enligt planen",
          "Klarar uppgifternas fysiska krav, som att stå, gå och lyfta",
        ],
      ],
      [
        "Att följa instruktioner",
        [
          "Förstår och utför en muntlig instruktion",
          "Utför en uppgift i flera steg i rätt ordning",
          "Arbetar självständigt efter en genomgång",
          "Tar emot återkoppling och ändrar sitt sätt att arbeta",
        ],
      ],
      [
        "Samarbete och kontakt",
        [
          "Samarbetar med kollegorna i gemensamma uppgifter",
          "Ber om hjälp när det behövs",
          "Klarar kontakten med kunder, brukare eller besökare",
        ],
      ],
      [
        "Säkerhet",
        [
          "Följer säkerhetsreglerna och använder skyddsutrustning",
          "Märker risker och säger till",
          "Hanterar maskiner, verktyg och kemikalier enligt instruktion",
        ],
      ],
      [
        "Förändring och press",
        [
          "Klarar ändringar i planeringen",
          "Hanterar stressiga situationer",
          "Klarar att växla mellan olika uppgifter",
        ],
      ],
    ],
  },
];

/** Inserts the starting templates, each as version 1, with the store's placeholders and timestamp form. */
export async function insertStartingChecklists(queryRunner: QueryRunner, store: "sqlite" | "postgres"): Promise<void> {
  const now = new Date();
  // TypeORM writes SQLite datetimes as UTC "YYYY-MM-DD HH:MM:SS.SSS"; PostgreSQL takes the Date.
  const at = store === "sqlite" ? now.toISOString().replace("T", " ").replace("Z", "") : now;
  const sql = (text: string) => {
    let n = 0;
    return store === "sqlite" ? text : text.replace(/\?/g, () => `$${++n}`);
  };
  for (const checklist of startingChecklists) {
    const templateId = randomUUID();
    const versionId = randomUUID();
    await queryRunner.query(
      sql(
        `INSERT INTO "checklist_template" ("id", "kind", "industry", "currentVersionId", "createdByOrganisationId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, NULL, ?, ?)`,
      ),
      [templateId, checklist.kind, checklist.industry, versionId, at, at],
    );
    await queryRunner.query(
      sql(
        `INSERT INTO "checklist_template_version" ("id", "templateId", "number", "name", "description", "createdAt", "createdById", "createdByOrganisationId") VALUES (?, ?, 1, ?, ?, ?, NULL, NULL)`,
      ),
      [versionId, templateId, checklist.name, checklist.description, at],
    );
    let position = 0;
    for (const [section, items] of checklist.sections) {
      for (const text of items) {
        await queryRunner.query(
          sql(`INSERT INTO "checklist_template_item" ("id", "versionId", "section", "position", "text") VALUES (?, ?, ?, ?, ?)`),
          [randomUUID(), versionId, section, ++position, text],
        );
      }
    }
  }
}
