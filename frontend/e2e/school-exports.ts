import { zip } from './zip';

// ISO-8859-15 is Latin-1 but for eight codes: Œ and œ exist there, not in ISO-8859-1.
const latin9: Record<string, number> = {
  '€': 0xa4,
  Š: 0xa6,
  š: 0xa8,
  Ž: 0xb4,
  ž: 0xb8,
  Œ: 0xbc,
  œ: 0xbd,
  Ÿ: 0xbe,
};

export function iso885915(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (c) => {
      const code = latin9[c] ?? c.charCodeAt(0);
      if (code > 0xff) throw new Error(`${c} is not in ISO-8859-15`);
      return code;
    }),
  );
}

/** A zip holding one deflated file, as SIECLE's « Exports XML génériques » are delivered. */
export function zipOne(name: string, content: Buffer): Buffer {
  return zip([[name, content]]);
}

type Pupil = { id: string; lastName: string; firstName: string; division?: string };

const header = (root: string, uai: string) =>
  `<?xml version="1.0" encoding="ISO-8859-15"?>\n<${root} VERSION="3.0"><PARAMETRES><UAJ>${uai}</UAJ></PARAMETRES><DONNEES>`;

export function siecleEleves(uai: string, pupils: Pupil[]): Buffer {
  const eleves = pupils
    .map(
      (p) =>
        `<ELEVE ELEVE_ID="${p.id}"><NOM_DE_FAMILLE>${p.lastName}</NOM_DE_FAMILLE><PRENOM>${p.firstName}</PRENOM><DATE_NAISS>01/02/2013</DATE_NAISS></ELEVE>`,
    )
    .join('\n');
  const structures = pupils
    .map(
      (p) =>
        `<STRUCTURES_ELEVE ELEVE_ID="${p.id}">${p.division ? `<STRUCTURE><CODE_STRUCTURE>${p.division}</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>` : ''}</STRUCTURES_ELEVE>`,
    )
    .join('\n');
  return iso885915(
    `${header('BEE_ELEVES', uai)}<ELEVES>${eleves}</ELEVES><STRUCTURES>${structures}</STRUCTURES></DONNEES></BEE_ELEVES>`,
  );
}

type Guardian = {
  id: string;
  lastName: string;
  firstName: string;
  email: string;
  pupils: string[];
};

export function siecleResponsables(uai: string, guardians: Guardian[]): Buffer {
  const persons = guardians
    .map(
      (g) =>
        `<PERSONNE PERSONNE_ID="${g.id}"><LC_CIVILITE>MME</LC_CIVILITE><NOM_DE_FAMILLE>${g.lastName}</NOM_DE_FAMILLE><PRENOM>${g.firstName}</PRENOM><MEL>${g.email}</MEL><ADRESSE_ID>A${g.id}</ADRESSE_ID></PERSONNE>`,
    )
    .join('\n');
  const links = guardians
    .flatMap((g) =>
      g.pupils.map(
        (pupil) =>
          `<RESPONSABLE_ELEVE><ELEVE_ID>${pupil}</ELEVE_ID><PERSONNE_ID>${g.id}</PERSONNE_ID><RESP_LEGAL>1</RESP_LEGAL></RESPONSABLE_ELEVE>`,
      ),
    )
    .join('\n');
  const addresses = guardians
    .map(
      (g) =>
        `<ADRESSE ADRESSE_ID="A${g.id}"><LIGNE1_ADRESSE>2 rue de l'Œuvre</LIGNE1_ADRESSE><CODE_POSTAL>75004</CODE_POSTAL><LIBELLE_POSTAL>PARIS</LIBELLE_POSTAL></ADRESSE>`,
    )
    .join('\n');
  return iso885915(
    `${header('BEE_RESPONSABLES', uai)}<PERSONNES>${persons}</PERSONNES><RESPONSABLES>${links}</RESPONSABLES><ADRESSES>${addresses}</ADRESSES></DONNEES></BEE_RESPONSABLES>`,
  );
}
