/**
 * The words that decide stance, mode and attribution, per language. Data, not code: each list is a
 * set of single tokens or token sequences (as tokenize() produces them, lower case, elisions split).
 */
import type { Language } from '../parse/model.js';

/** Silver, the metal, as a material ("l'argent massif", "je travaille l'argent", "un jonc en argent"). */
const SILVER = ['argent massif', 'plaqué argent', 'argent 925', 'argent sterling', 'en argent massif', 'bijoux en argent', 'bague en argent', 'bagues en argent', 'or et argent', 'argent et or',
  'en argent', 'travaille l argent', 'travailler l argent', 'travaillé l argent', 'travaillais l argent', 'travaillent l argent', 'travaillons l argent', 'fondre l argent', 'fonds l argent', 'l argent fin', 'fil d argent', 'feuille d argent', 'lingot d argent', 'l argent plutôt que l or', 'l or ou l argent', 'l argent ou l or', 'l or et l argent', 'l argent et l or'];
/** Meat or dough left to stand after cooking ("rest it for as long as you cooked it"). */
const RESTING_MEAT = ['rest it', 'rest the meat', 'rest the steak', 'rest the joint', 'rest the dough', 'let it rest', 'let the meat rest', 'let the dough rest', 'resting the meat', 'rested meat'];

/**
 * "Le savoir, ça ne se vend pas, ça se donne", "la confiance, ça se mérite": the pronominal passive
 * of a norm is advice. Only verbs that read as a norm in it ("ça se vend" says that it sells, and
 * "ça se fait" that it is done: only their negations are norms).
 */
function normPassives(both: string[], negatedOnly: string[]): string[] {
  const out: string[] = [];
  for (const subject of ['ça', 'cela']) {
    for (const v of [...both, ...negatedOnly]) {
      const se = /^[aeiouéèêh]/.test(v) ? 's' : 'se';
      out.push(`${subject} ne ${se} ${v}`);
      if (both.includes(v)) out.push(`${subject} ${se} ${v}`);
    }
  }
  return out;
}

export interface LanguageCues {
  /** Negation triggers whose scope runs forward to the end of the clause. */
  negations: string[];
  /** Triggers that negate what comes before them in the clause ("nothing to do with it"). */
  postNegations: string[];
  /** Verbs whose object is denied ("refuser", "avoid"): counted like a negation. */
  negativeVerbs: string[];
  /** Sequences that look like negations and are not ("non seulement", "not only"). */
  pseudoNegations: string[];
  /** Words that end a negation's scope (besides punctuation). */
  terminators: string[];
  /** Set phrases in which a lexicon word means something else ("the rest of", "do the rest": the remainder, not a break). */
  notTerms: string[];
  /**
   * Words with two senses that a speaker seldom mixes ("argent": the metal and money; "rest": a
   * steak's and a person's). Once one of `otherSenses` has shown the other sense ("l'argent
   * massif"), the bare word is that sense in what the speaker says around it ("Surtout l'argent.").
   */
  homonyms: string[];
  /** Set phrases that show a homonym in its other sense (each also a not-term). */
  otherSenses: string[];
  /** Words that start a hypothetical clause. */
  hypotheticals: string[];
  /** Reporting frames: what follows belongs to someone else. */
  reported: string[];
  /** Verbs of saying and thinking: with someone else as subject, what follows is reported. */
  reportingVerbs: string[];
  /** Verbs of belief: "je crois que …" is an opinion, not a practice. */
  beliefVerbs: string[];
  /** Words that may stand between a subject and its verb (object pronouns, adverbs). */
  verbPrefixes: string[];
  /** Concession openers ("certes"), answered by a contrast word. */
  concessions: string[];
  contrasts: string[];
  /** Change over time: a past frame, and the present that replaces it. */
  pastFrames: string[];
  presentFrames: string[];
  /** Mixed motives stated as such. */
  mixed: string[];
  /** Advice: explicit phrases anywhere in the clause. */
  advice: string[];
  /** Imperatives that do not follow the regular pattern, and words that only look like verbs. */
  imperatives: string[];
  notImperatives: string[];
  /** First-person subjects: the speaker talks about what she does. */
  firstPerson: string[];
  /** Conditional markers that weaken a commitment. */
  conditionals: string[];
  /** A change of mind told as such, inside the sentence itself. */
  changeOfMind: string[];
  /** "Only" words: under a negation they make "not only", a mixed motive. */
  restrictors: string[];
  /** Advice that owns up to the speaker's own practice ("faites pas comme moi", "than I did"). */
  acknowledged: string[];
  /**
   * A statement that names itself an exception or a rare, bounded occasion ("il y a une exception :
   * une journée par an, je bosse gratuitement", "once a year I do one pro bono job"): a nuance the
   * speaker owns, not a practice that contradicts her rule.
   */
  exceptions: string[];
  /** Said at the start of a sentence, they take back what was just said as a joke ("No, seriously", "Blague à part"). */
  retractions: string[];
  /** A short sentence that is only a verdict against the topic put just before it ("Working for free. Don't do it."). */
  verdictsAgainst: string[];
  /** The same, for it ("Se former ? Foncez."). */
  verdictsFor: string[];
  /** A consequence that turns the listener away from an "if" condition ("if you're in it for the money, do something else"). */
  turnedAway: string[];
  /** Words that make a statement a judgement ("la seule chose qui compte", "volume wins"). */
  evaluatives: string[];
  /** Words that may open a clause before an imperative ("alors", "so"). */
  clauseOpeners: string[];
}

export const CUES: Record<Language, LanguageCues> = {
  fr: {
    negations: ['pas', 'jamais', 'plus', 'point', 'rien', 'aucun', 'aucune', 'aucunement', 'guère', 'nullement', 'sans', 'ni', 'non', 'plutôt que', 'au lieu de', 'au lieu d', 'loin de', 'loin d', 'personne', 'nulle part', 'zéro',
      // A preference ranks what follows it lower: "la régularité compte plus que le volume".
      // No reward for it: "Personne ne vous remerciera d'avoir travaillé soixante-dix heures".
      'personne ne vous remerciera', 'personne ne te remerciera', 'personne ne vous remerciera jamais', 'personne ne vous donnera de médaille', 'personne ne te donnera de médaille',
      'vaut mieux que', 'valent mieux que', 'vaut mieux qu', 'vaut toujours mieux que', 'compte plus que', 'comptent plus que', 'compte davantage que', 'importe plus que', 'importent plus que', 'passe avant', 'passent avant', 'prime sur', 'priment sur', 'l emporte sur'],
    postNegations: [
      // Denied as a motive or a goal, or as possible at all ("L'argent, ça n'a jamais été le moteur", "la perfection, ça n'existe pas").
      'jamais été le moteur', 'jamais été mon moteur', 'n est pas le moteur', 'est pas le moteur', 'n est pas mon moteur', 'jamais été ma motivation', 'jamais été la motivation', 'jamais été une motivation', 'n est pas ma motivation', 'est pas ma motivation',
      'jamais été le but', 'jamais été mon but', 'n est pas le but', 'est pas le but', 'jamais été l objectif', 'n est pas l objectif', 'jamais été ma priorité', 'jamais été la priorité', 'n est pas ma priorité', 'n est pas la priorité', 'est pas la priorité',
      'n existe pas', 'existe pas', 'ça n existe pas', 'n existe plus',
      // "L'improvisation, c'est un luxe qu'on peut se permettre quand …": something to do without.
      'est un luxe', 'c est un luxe', 'reste un luxe', 'était un luxe', 'c était un luxe',
      'le meilleur moyen de couler', 'la meilleure façon de couler', 'le plus sûr moyen de couler', 'la recette du désastre', 'fait plus de mal que de bien', 'se retourne contre', 'crée plus de problèmes', 'crée plus de drames', 'est un leurre', 'est une illusion', 'est surfait', 'est surfaite', 'sont surfaits', 'est surestimé', 'est surestimée', 'sont surestimés', 'n a pas sa place', 'n ont pas leur place', 'n a rien à faire dans ce métier', 'ne sert à rien', 'ne servent à rien', 'ne rapporte rien', 'ne rapporte jamais rien', 'ne rapportait rien', 'n apporte rien', 'n a jamais rien apporté', 'ne mène à rien', 'ne fait pas connaître', 'ne vous fait pas connaître', 'ne fait connaître personne', 'rend invisible', 'vous rend invisible', 'ne paie pas', 'ne paye pas', 'ne paie jamais', 'ne paye jamais', 'servait à rien', 'sert à rien', 'est une perte de temps', 'c est une perte de temps', 'une perte de temps', 'est un piège', 'c est un piège', 'est un mythe', 'c est un mythe', 'rend paresseux', 'rendent paresseux', 'rend fainéant', 'est toxique', 'c est toxique', 'tue', 'tuent', 'ne marche pas', 'ne fonctionne pas', 'marche pas', 'est dangereux', 'est dangereuse', 'c est du vent', 'c est du pipeau', 'du flan', 'm ennuie', 'm ennuyait', 'ne m a jamais intéressé', 'ne m a jamais intéressée', 'ne m a jamais attiré', 'ne m a jamais attirée', 'ne m a jamais motivé', 'ne m a jamais motivée', 'n a rien à voir', 'rien à voir', 'ne compte pas', 'ne m intéresse pas', 'ne m intéresse plus', 'ça ne m intéresse pas', 'ce n est pas mon truc', 'jamais été mon truc', 'je m en fiche', 'je m en fous', 'connais pas', 'me donne de l urticaire', 'donne de l urticaire', 'me donne des boutons', 'me file des boutons', 'me rend malade', 'me hérisse', 'n est pas pour moi', 'c est pas pour moi', 'est un cauchemar', 'c est l enfer', 'me gonfle', 'me saoule', 'me soûle', 'verrez plus tard', 'verra plus tard', 'verrai plus tard', 'peut attendre', 'peuvent attendre', 'attendra', 'attendront', 'c est pour plus tard', 'ce sera pour plus tard', 'est une distraction', 'sont une distraction', 'est un frein', 'c est un frein', 'est une fausse bonne idée', 'c est une fausse bonne idée', 'est une impasse', 'c est une impasse', 'ne mène nulle part', 'mène nulle part', 'est une arnaque', 'c est une arnaque', 'est une erreur', 'c est une erreur', 'est un poison', 'c est un poison', 'se paie cash', 'se paye cash', 'se paie cher', 'se paye cher', 'se paie toujours', 'se paye toujours', 'coûte cher', 'coûte très cher', 'coûte une fortune', 'coûte un bras', 'coûte une blinde', 'finit toujours mal', 'c est de la fiction', 'est de la fiction', 'de la science fiction', 'de la poudre aux yeux', 'c est du bluff', 'c est du théâtre', 'personne ne le lit', 'personne ne le relit', 'personne ne les lit', 'personne ne les relit', 'ne se rattrape jamais', 'ne se rattrape pas', 'donne l impression d avoir quelque chose à cacher', 'fait croire qu on a quelque chose à cacher', 'a l air d avoir quelque chose à cacher', 'ne se rattrapent jamais', 'ne se rattrapent pas', 'ne se récupère jamais', 'de l argent jeté par les fenêtres', 'jeter l argent par les fenêtres', 'de l argent perdu', 'de l argent foutu en l air', 'est le vrai risque', 'c est ça le vrai risque', 'est le plus grand risque', 'est le vrai danger',
      // "Ce qui est gratuit n'a aucune valeur": worth nothing.
      'n a aucune valeur', 'n ont aucune valeur', 'n a pas de valeur', 'n ont pas de valeur', 'ne vaut rien', 'ne valent rien', 'vaut rien', 'est sans valeur', 'sont sans valeur',
      // "Le travail gratuit, ça dévalorise tout le monde".
      'dévalorise', 'dévalorisent', 'dévalorisait', 'dévalue', 'dévaluent'],
    negativeVerbs: ['jeter', 'jetez', 'jette', 'balancer à la poubelle', 'contre', 's excuser de', 's excuser d', 'excusez vous de', 'avoir honte de', 'avoir honte d', 'honte de', 'honte d', 'culpabiliser de', 'culpabilisez de', 'sacrifier', 'sacrifiez', 'sacrifie', 'sacrifié', 'sacrifiais', 'brader', 'bradez', 'mettre de côté', 'mettez de côté', 'refuse', 'refuser', 'refusez', 'refusé', 'rejette', 'rejeter', 'rejetez', 'évite', 'éviter', 'évitez', 'évité', 'arrête', 'arrêter', 'arrêtez', 'arrêté', 'cesse', 'cesser', 'cessez', 'fuyez', 'fuir', 'fuis', 'oubliez', 'oublie', 'oublier', 'bannissez', 'bannir', 'négliger', 'négligez', 'néglige', 'renoncer', 'renoncez', 'renonce', 'abandonner', 'abandonnez', 'méfiez vous', 'se méfier', 'déteste', 'détester', 'détestez', 'détestais', 'horreur de', 'horreur d', 'horreur des', 'horreur du', 'allergique à', 'allergique au', 'allergique aux', 'marre de', 'marre d', 'marre des', 'marre du',
      // "Ne soyez pas naïfs sur l'argent": being naive about a thing, denied, takes it seriously.
      'naïf sur', 'naïfs sur', 'naïve sur', 'naïves sur', 'naïf avec', 'naïfs avec', 'hypocrite sur', 'hypocrites sur'],
    pseudoNegations: ['rien ne remplace', 'rien ne vaut', 'rien ne bat', 'rien de tel que', 'rien de tel qu', 'pas un luxe', 'pas du luxe', 'pas négociable', 'pas optionnel', 'pas facultatif', 'rien d autre que', 'rien d autre qu', 'rien de moins que', 'rien de moins qu', 'pas autre chose que', 'non seulement', 'pas seulement', 'pas que', 'pas uniquement', 'pas juste', 'sans doute', 'sans aucun doute', 'pas mal', 'non plus', 'rien de plus', 'n importe', 'pas forcément', 'jamais assez', 'ne pas hésiter', 'n hésitez pas', 'n hésite pas', 'sans cesse', 'sans arrêt', 'pas de souci', 'pas de problème',
      // "Ne vous mentez pas sur l'argent : il en faut": what is denied is the lie, not the thing it is about.
      'mentez pas sur', 'mentez jamais sur', 'mens pas sur', 'mens jamais sur', 'ment pas sur', 'ment jamais sur', 'mentons pas sur', 'mentir sur', 'pas se mentir sur', 'pas vous mentir sur'],
    homonyms: ['argent'],
    otherSenses: SILVER,
    notTerms: ['le reste', 'du reste', 'au reste', 'pour le reste',
      // "J'aime bien être dehors": liking to be somewhere, not wellbeing.
      'aime bien être', 'aimais bien être', 'aimait bien être', 'aimerais bien être', 'aimes bien être', 'aimez bien être',
      // Silver, the metal: "l'argent massif, je le fonds moi-même", "je travaille l'argent".
      ...SILVER,
      // "trois cents heures" (a violin's making) is no "cent heures" of work a week.
      'cents heures', 'mille heures',
      // Rembourser un prêt n'est pas emprunter.
      'rembourser le prêt', 'rembourser mon prêt', 'rembourser votre prêt', 'rembourser son prêt', 'rembourser le crédit', 'rembourser mon crédit', 'rembourser votre crédit', 'rembourser son crédit',
      'remboursé le prêt', 'remboursé mon prêt', 'remboursé le crédit', 'remboursé mon crédit', 'remboursez votre prêt', 'remboursez votre crédit', 'remboursez le prêt', 'remboursez le crédit',
      // Money as the consequence, not the motive: "faites ce que vous aimez, l'argent suivra".
      'l argent suit', 'l argent suivra', 'l argent viendra', 'l argent vient après', 'l argent vient ensuite', 'l argent arrive après', 'l argent finit par suivre', 'l argent finit toujours par suivre', 'l argent vient tout seul', 'l argent est venu après', 'l argent est venu ensuite', 'argent jeté par les fenêtres', 'argent par les fenêtres', 'argent foutu en l air', 'argent perdu', 'la nuit porte conseil', 'dormir dessus', 'se paie cash', 'se paye cash', 'se paie cher', 'se paye cher', 'se paie toujours', 'se paye toujours',
      // Generous in quantity, of food and drink: "la main généreuse", "des portions généreuses".
      // Meat or dough left to stand, not a break.
      'laisser reposer', 'laissez reposer', 'la laisser reposer', 'le laisser reposer', 'laisser reposer la pâte', 'reposer la viande', 'laisser la viande reposer', 'laisser la pâte reposer',
      'main généreuse', 'portion généreuse', 'portions généreuses', 'assiette généreuse', 'assiettes généreuses', 'part généreuse', 'parts généreuses',
      // "Le travail gratuit, ça ne rapporte rien": what something earns, said of it, is no motive.
      'ne rapporte rien', 'ne rapporte pas', 'ne rapporte jamais', 'ne rapporte plus', 'ne rapportait rien', 'ne rapportait pas',
      // The people a carer looks after, not the virtue: "les patients", "mes patientes".
      'les patients', 'des patients', 'mes patients', 'nos patients', 'vos patients', 'ses patients', 'leurs patients', 'aux patients', 'les patientes', 'des patientes', 'mes patientes', 'nos patientes', 'ses patientes',
      'le patient', 'la patiente', 'un patient', 'une patiente', 'ce patient', 'cette patiente', 'mon patient', 'ma patiente', 'du patient', 'de la patiente',
      'chaque patient', 'chaque patiente', 'deux patients', 'trois patients', 'quatre patients', 'cinq patients', 'dix patients', 'nouveaux patients', 'nouvelles patientes',
      // A plan that is a document of some other trade, not strategy.
      'plan de cours', 'plans de cours', 'plan de table',
      // A notary's deed "à titre gratuit" is a gift made by a client, not unpaid work.
      'acte à titre gratuit', 'actes à titre gratuit', 'donation à titre gratuit', 'transmission à titre gratuit',
      // "Au cours de l'année": during, not a class.
      'au cours de', 'au cours des', 'au cours du',
      // The wind, not a breather.
      'ça souffle', 'ça soufflait', 'le vent souffle', 'le vent soufflait', 'souffle fort',
      // The audience of a show, not listening as a practice.
      'qui nous écoutent', 'qui nous écoute', 'qui nous écoutez', 'qui m écoutent', 'merci de nous écouter', 'merci d avoir écouté', 'merci de m avoir écouté'],
    terminators: ['dont', 'avant', 'mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'alors que', 'tandis que', 'sauf', 'car', 'parce que', 'parce qu', 'puisque', 'puis', 'et puis', 'en revanche', 'par contre', 'quand', 'lorsque', 'si'],
    hypotheticals: ['si', 's il', 'quand on', 'quand vous', 'quand tu', 'quand t', 'lorsque tu', 'si tu', 'si t', 'lorsqu on', 'lorsque vous', 'dès qu on', 'dès que vous', 'chaque fois qu on', 'imaginons', 'imaginez', 'imagine', 'supposons', 'admettons', 'à supposer', 'au cas où', 'en cas', 'mettons que', 'disons que',
      // "Le jour où vous faites une remise, vous dites au client que …": a case, as "the day you" is.
      'le jour où vous', 'le jour où tu', 'le jour où t', 'le jour où on', 'du jour où vous', 'du jour où tu', 'à partir du moment où vous', 'à partir du moment où tu', 'à partir du moment où on', 'au moment où vous', 'dès que tu'],
    reported: ['on dit', 'on entend', 'j entends', 'on m a dit', 'on me dit', 'on raconte', 'certains pensent', 'certains disent', 'certains croient', 'beaucoup pensent', 'beaucoup disent', 'beaucoup croient', 'les gens disent', 'les gens pensent', 'il paraît', 'paraît il', 'selon', 'd après', 'a déclaré', 'a dit', 'disait', 'm a dit', 'm a conseillé', 'nous a dit', 'm expliquait', 'répète', 'répètent', 'prétend', 'prétendent', 'affirme', 'affirment', 'soutiennent', 'a affirmé', 'a expliqué', 'comme si je disais', 'comme si j', 'on lit', 'on lit partout', 'on vous dira', 'le discours dominant', 'la légende', 'le mythe'],
    reportingVerbs: ['dit', 'disent', 'disait', 'disaient', 'dira', 'diront', 'dites', 'dis', 'répète', 'répètent', 'répétait', 'répétaient', 'pense', 'pensent', 'pensait', 'pensaient', 'croit', 'croient', 'croyait', 'affirme', 'affirment', 'affirmait', 'prétend', 'prétendent', 'prétendait', 'conseille', 'conseillent', 'conseillait', 'conseillaient', 'recommande', 'recommandent', 'recommandait', 'explique', 'expliquent', 'expliquait', 'raconte', 'racontent', 'racontait', 'écrit', 'écrivent', 'écrivait', 'martèle', 'martèlent', 'martelait', 'soutient', 'soutiennent', 'assure', 'assurent', 'assurait', 'jure', 'jurent', 'serine', 'serinent', 'serinait', 'prêche', 'prêchent', 'prêchait', 'enseigne', 'enseignent', 'enseignait', 'déclare', 'déclarent', 'déclarait', 'a dit', 'ont dit', 'a écrit', 'a déclaré', 'a affirmé', 'a expliqué', 'a conseillé', 'avait dit', 'disent toujours', 'crient'],
    beliefVerbs: ['veux dire', 'dis pas', 'crois', 'pense', 'trouve', 'suis convaincu', 'suis convaincue', 'suis persuadé', 'suis persuadée', 'estime', 'considère', 'sais', 'dirais', 'suis sûr', 'suis sûre', 'reste convaincu', 'reste convaincue'],
    verbPrefixes: ['ne', 'n', 'me', 'm', 'te', 't', 'nous', 'vous', 'lui', 'leur', 'le', 'la', 'l', 'les', 'y', 'en', 'se', 's', 'souvent', 'toujours', 'tous', 'tout', 'sans', 'cesse', 'encore', 'bien', 'partout', 'déjà'],
    concessions: ['il faut bien', 'faut bien', 'certes', 'bien sûr', 'évidemment', 'c est vrai', 'je vous l accorde', 'j avoue', 'il est vrai', 'effectivement', 'd accord'],
    contrasts: ['mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'reste que', 'il n empêche'],
    pastFrames: ['premières années', 'premiers temps', 'premiers mois', 'au départ', 'mes débuts', 'au début', 'à mes débuts', 'quand j ai commencé', 'quand j ai démarré', 'quand j ai lancé', 'autrefois', 'à l époque', 'avant', 'pendant longtemps', 'il y a quelques années', 'il y a des années', 'les premières années', 'j ai longtemps', 'je croyais', 'je pensais'],
    presentFrames: ['changé de méthode', 'changé d approche', 'complètement changé', 'aujourd hui', 'maintenant', 'désormais', 'depuis', 'à présent', 'plus maintenant', 'actuellement', 'j ai changé', 'j ai appris'],
    mixed: ['à la fois', 'les deux', 'non seulement', 'pas seulement', 'pas que', 'pas uniquement', 'mais aussi', 'mais surtout', 'en même temps', 'autant que', 'tout autant', 'et aussi'],
    advice: [...normPassives(['donne', 'mérite', 'partage', 'apprend', 'respecte', 'prépare', 'planifie', 'transmet', 'travaille', 'gagne', 'refuse', 'offre', 'négocie', 'soigne'],
      ['vend', 'fait', 'brade', 'improvise', 'discute', 'bâcle', 'précipite', 'achète', 'copie', 'cache', 'néglige']),
      'il faut', 'faut', 'il faudrait', 'il ne faut', 'vous devez', 'vous devriez', 'tu dois', 'tu devrais', 'on doit', 'on devrait', 'je vous conseille', 'je te conseille', 'je conseille', 'je recommande', 'je vous recommande', 'je te recommande', 'mon conseil', 'mes conseils', 'conseil', 'je dirais à', 'je dirais aux', 'je dis toujours', 'je dis aux', 'je conseillerais', 'je recommanderais', 'je leur dis', 'je leur dirais', 'il est important de', 'il est essentiel de', 'il est indispensable de', 'l important c est', 'l essentiel c est', 'la clé c est', 'n ayez pas peur', 'je vous invite', 'je vous encourage', 'je vous suggère', 'je suggère', 'ma recommandation', 'retenez',
      // "ce que je dis à tous les fondateurs, c'est de …", "je répète à chaque stagiaire …".
      'je dis à tous', 'je dis à toutes', 'je dis à chaque', 'ce que je dis', 'je répète à', 'je répète aux', 'je conseille à', 'je conseille aux',
      // The same with the rule said first: "Je le dis à toutes les jeunes collègues : …".
      'je le dis à', 'je le dis aux', 'je le dis toujours', 'je le répète à', 'je le répète aux', 'je leur répète'],
    imperatives: ['soyez', 'sois', 'soyons', 'ayez', 'aie', 'ayons', 'faites', 'fais', 'faisons', 'dites', 'dis', 'allez', 'va', 'prenez', 'prends', 'prenons', 'sachez', 'sache', 'partage', 'publie', 'écoute', 'demande', 'reste', 'garde', 'ose', 'lance', 'arrête', 'évite', 'fonce', 'montre', 'donne', 'aide', 'pense', 'travaille', 'repose', 'protège', 'fixe', 'commence', 'facture', 'oublie', 'crée', 'construis', 'apprends', 'vends', 'refuse', 'accepte', 'choisis', 'soigne'],
    notImperatives: ['chez', 'assez', 'nez', 'rez', 'vous', 'avez', 'êtes', 'pouvez', 'voulez', 'savez', 'devez', 'allez vous'],
    firstPerson: ['je', 'j', 'moi', 'me', 'm', 'nous', 'mon', 'ma', 'mes', 'moi même'],
    changeOfMind: ['je croyais', 'je pensais que c était', 'à vingt ans', 'à trente ans', 'quand j étais jeune', 'quand j étais plus jeune', 'dans ma jeunesse', 'dans une autre vie', 'changé d avis', 'change d avis', 'j ai arrêté de', 'j ai arrêté d', 'j ai fini par comprendre', 'j ai compris que', 'j ai appris à', 'j ai appris que', 'je me suis rendu compte', 'je me suis rendue compte', 'avec le recul'],
    restrictors: ['uniquement', 'seulement', 'juste', 'simplement', 'exclusivement'],
    // "une fois par an", "un projet bénévole par an": one of something a year is found by its shape (oncePerYear).
    exceptions: ['exception', 'exceptions', 'exceptionnellement', 'à titre exceptionnel', 'une fois l an', 'une fois dans l année', 'une fois de temps en temps', 'de temps en temps', 'de temps à autre', 'à l occasion', 'ponctuellement'],
    verdictsAgainst: ['non', 'jamais', 'non jamais', 'jamais de la vie', 'surtout pas', 'pas question', 'ne le faites pas', 'ne faites pas ça', 'ne fais pas ça', 'ne le fais pas', 'n y pensez même pas', 'n y pense même pas', 'oubliez', 'oublie', 'oubliez ça', 'fuyez', 'fuis', 'à éviter', 'à fuir', 'évitez', 'erreur', 'grosse erreur', 'mauvaise idée', 'très mauvaise idée', 'stop', 'arrêtez'],
    verdictsFor: ['foncez', 'fonce', 'allez y', 'vas y', 'faites le', 'fais le', 'faites ça', 'oui', 'toujours', 'indispensable', 'essentiel', 'absolument'],
    turnedAway: ['faites autre chose', 'fais autre chose', 'faites un autre métier', 'fais un autre métier', 'changez de métier', 'change de métier', 'changez de voie', 'change de voie',
      'passez votre chemin', 'passe ton chemin', 'restez chez vous', 'reste chez toi', 'laissez tomber', 'laisse tomber', 'allez voir ailleurs', 'va voir ailleurs',
      'pas pour vous', 'pas pour toi', 'pas fait pour vous', 'pas fait pour toi', 'trompé de métier', 'trompée de métier', 'mauvais métier', 'arrêtez tout de suite', 'arrête tout de suite', 'arrêtez tout', 'arrête tout',
      // A ruin promised to whoever does it: "si vous courez après la marge, vous allez vous épuiser".
      'vous allez vous épuiser', 'tu vas t épuiser', 'vous allez vous planter', 'tu vas te planter', 'vous allez droit dans le mur', 'tu vas droit dans le mur', 'vous foncez droit dans le mur', 'vous allez couler', 'tu vas couler',
      'vous allez le regretter', 'tu vas le regretter', 'vous le regretterez', 'tu le regretteras', 'vous ne tiendrez pas', 'tu ne tiendras pas', 'vous allez vous cramer', 'tu vas te cramer', 'vous allez vous brûler', 'tu vas te brûler',
      'vous allez y laisser votre santé', 'tu vas y laisser ta santé', 'vous y laisserez votre santé', 'vous ne durerez pas', 'tu ne dureras pas', 'vous allez faire faillite', 'tu vas faire faillite', 'vous êtes fichu', 't es fichu', 'vous êtes mort', 't es mort'],
    retractions: ['non sérieusement', 'plus sérieusement', 'blague à part', 'blagues à part', 'trêve de plaisanterie', 'je plaisante', 'je rigole', 'je blague', 'non je plaisante', 'non je rigole'],
    acknowledged: ['que moi', 'qu moi', 'pas comme moi', 'ne faites pas comme moi', 'faites pas comme moi', 'ne fais pas comme moi', 'fais pas comme moi', 'mieux que moi', 'de mes erreurs', 'mes erreurs', 'je n ai pas su', 'ce que je n ai pas fait', 'ce que je ne fais pas', 'faites ce que je dis'],
    evaluatives: ['important', 'importante', 'essentiel', 'essentielle', 'indispensable', 'primordial', 'primordiale', 'nécessaire', 'crucial', 'cruciale', 'compte', 'comptent', 'clé', 'seul', 'seule', 'seuls', 'seules', 'meilleur', 'meilleure', 'meilleurs', 'mieux', 'vrai', 'vraie', 'vraies', 'priorité', 'prime', 'avant tout', 'd abord', 'gagne', 'gagnent', 'paie', 'paye', 'marche', 'fonctionne', 'réussir', 'réussite', 'succès', 'secret', 'base', 'toujours', 'jamais', 'sacré', 'sacrée', 'génial', 'géniale', 'formidable', 'excellent', 'excellente', 'mauvais', 'mauvaise', 'pire', 'erreur', 'faute', 'bon', 'bonne', 'bien', 'mal', 'faut', 'doit', 'doivent', 'motivation', 'moteur', 'rien ne vaut', 'vaut', 'valent', 'surtout', 'fondamental', 'fondamentale', 'nul', 'nulle', 'inutile', 'dangereux', 'dangereuse', 'sain', 'saine', 'malsain', 'toxique', 'plus', 'moins', 'trop', 'assez', 'besoin', 'nécessité', 'condition', 'crois', 'pense', 'convaincu', 'convaincue', 'luxe', 'vital', 'vitale', 'non négociable', 'remplace', 'rien de tel'],
    conditionals: ['pourrais', 'pourrait', 'pourrions', 'pourraient', 'serais', 'serait', 'serions', 'seraient', 'ferais', 'ferait', 'aurais', 'aurait', 'irais', 'voudrais', 'aimerais', 'peut être', 'éventuellement'],
    clauseOpeners: ['alors', 'donc', 'et', 'puis', 'surtout', 'bref', 'enfin', 'ensuite', 'mais', 'ou', 'oui', 'non', 'bon', 'ben', 'eh', 'bien', 'déjà', 'simplement', 'juste', 'toujours', 'vraiment', 'franchement', 'd', 'abord', 'd abord', 'et surtout', 's', 'vous'],
  },
  en: {
    negations: ['not', 'never', 'no', 'without', 'nor', 'neither', 'nothing', 'nobody', 'none', 'no one', "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't", 'rather than', 'better than', 'beats', 'instead of', 'far from', 'zero', 'nobody will thank you for', 'no one will thank you for', 'nobody thanks you for', 'no one thanks you for', 'nobody gives you a medal for', 'no one gives you a medal for', 'matters more than', 'matter more than', 'counts more than', 'count more than', 'comes before', 'come before', 'trumps', 'trump', 'dont', 'didnt', 'doesnt', 'cannot', 'hardly', 'barely'],
    postNegations: [
      // Denied as a motive or a goal, or as possible at all ("Money was never the driver", "perfection doesn't exist").
      'was never the driver', 'has never been the driver', 'is not the driver', "isn't the driver", "wasn't the driver", 'was never my motivation', 'has never been my motivation', 'is not my motivation', "isn't my motivation",
      'was never the goal', 'has never been the goal', 'is not the goal', "isn't the goal", 'was never my priority', 'has never been my priority', 'is not my priority', "isn't my priority", 'is not the priority', "isn't the priority",
      "doesn't exist", 'does not exist', "there's no such thing",
      // "Improvisation is a luxury you earn once the structure is solid": something to do without.
      'is a luxury', "it's a luxury", 'remains a luxury', 'was a luxury',
      'way to go broke', 'a recipe for disaster', 'recipe for disaster', 'does more harm than good', 'do more harm than good', 'more harm than good', 'backfires', 'backfired', 'creates more drama', 'creates more problems', 'causes more problems', 'is an illusion', 'is overrated', 'are overrated', 'was overrated', 'is a trap', 'are a trap', 'is a myth', 'is a waste of time', 'are a waste of time', 'a waste of time', 'is a waste', 'makes you lazy', 'make you lazy', 'made me lazy', 'kills', 'killed', 'is toxic', 'are toxic', "doesn't work", 'does not work', "don't work", 'never works', 'is dangerous', 'are dangerous', 'is for amateurs', 'is a lie', 'is nonsense', 'is useless', 'are useless', 'is bullshit', 'is a scam', 'bores me', 'bored me', 'never excited me', 'never interested me', 'never motivated me', 'never appealed to me', 'had nothing to do with', 'has nothing to do with', 'nothing to do with', 'is not my thing', "isn't my thing", "wasn't my thing", 'was never the point', 'is never the point', 'was not the point', "wasn't the point", "isn't the point", 'never mattered', "doesn't matter", "didn't matter", 'does not matter', 'did not matter', "don't care", 'was not a factor', "wasn't a factor", 'never entered', 'never crossed my mind', 'give me hives', 'gives me hives', 'gave me hives', 'makes me sick', 'made me sick', 'drives me crazy', 'drove me crazy', 'drives me nuts', 'is not for me', 'isn\'t for me', 'wasn\'t for me', 'is a nightmare', 'was a nightmare', 'makes my skin crawl', 'can wait', 'will have to wait', 'comes later', 'can come later', 'is for later', 'is a distraction', 'are a distraction', 'are distractions', 'is a dead end', 'are a dead end', 'has no business', 'have no business', 'has no place', 'have no place', 'leads nowhere', 'goes nowhere', 'gets you nowhere', 'got me nowhere', 'gets you nothing', 'got me nothing', 'leads to nothing', 'brings you nothing', 'brings nothing', "doesn't pay", 'does not pay', 'never pays', "doesn't get you known", 'does not get you known', "won't get you known", 'makes you invisible', 'keeps you invisible', 'is a mistake', 'are a mistake', 'was a mistake', 'is a bad idea', 'is a terrible idea', 'is poison', 'is a red flag', 'costs you dearly', 'will cost you', 'always costs you', 'costs a fortune', 'cost a fortune', 'costs an arm and a leg', 'always ends badly', 'never ends well', 'is fiction', 'is a fiction', 'is pure fiction', 'is science fiction', 'is a fantasy', 'is wishful thinking', 'is smoke and mirrors', 'is just theater', 'is just theatre', 'nobody reads it', 'no one reads it', 'nobody reads them', 'no one reads them', 'you never get it back', 'you never get that back', 'reads as having something to hide', 'looks like you have something to hide', 'looks like having something to hide', 'suggests you have something to hide', 'makes you look like you have something to hide', 'you never recover from', 'you can never undo', 'is money down the drain', 'is throwing money away', 'is a waste of money', 'is wasted money', 'is the real risk', 'is the biggest risk', 'is the real danger', 'is the riskiest',
      // "What's free has no value": worth nothing.
      'has no value', 'have no value', 'is worthless', 'are worthless', 'is worth nothing', 'are worth nothing',
      // "Free work devalues everyone".
      'devalues', 'devalue', 'devalued', 'cheapens', 'cheapen'],
    negativeVerbs: ['throw', 'throw away', 'throw out', 'scrap', 'toss', 'against', 'apologise for', 'apologize for', 'apologising for', 'apologizing for', 'ashamed of', 'feel guilty about', 'feel bad about', 'sacrifice', 'sacrificed', 'sacrifices', 'sacrificing', 'compromise on', 'compromised on', 'trade away', 'put aside', 'refuse', 'refused', 'refuses', 'reject', 'rejected', 'rejects', 'avoid', 'avoided', 'avoids', 'stop', 'stopped', 'quit', 'quitting', 'forget', 'ditch', 'skip', 'skipped', 'neglect', 'resist', 'abandon', 'abandoned', 'give up', 'gave up', 'beware of', 'steer clear of', 'stay away from', 'ban', 'hate', 'hated', 'hates', 'loathe', 'loathed', 'despise', 'allergic to', 'sick of', 'fed up with',
      // "Don't be shy about charging", "don't be naive about money": denied, they take the thing seriously.
      'naive about', 'shy about', 'coy about', 'squeamish about'],
    pseudoNegations: ['nothing beats', 'nothing replaces', 'nothing compares to', 'nothing like', 'nothing can replace', 'not a luxury', 'not negotiable', 'not optional', "isn't a luxury", "isn't negotiable", "isn't optional", 'nothing but', 'nothing other than', 'nothing more than', 'nothing less than', 'no less than', 'not only', 'not just', 'not merely', 'no doubt', 'without a doubt', 'not bad', 'no matter', 'nothing but', 'no wonder', 'never enough', "don't hesitate", 'never stop', 'no problem', 'nonstop', 'non stop', 'no less', 'not least', "can't help", 'never once',
      // "Don't lie to yourself about money": what is denied is the lie, not the thing it is about.
      "don't lie about", "don't lie to yourself about", 'never lie about', 'never lie to yourself about', 'do not lie about', 'stop lying about', 'stop lying to yourself about'],
    homonyms: ['rest'],
    otherSenses: RESTING_MEAT,
    notTerms: [
      // The people a carer looks after: "patients" is never the virtue in the plural.
      'patients', 'the patient', 'my patient',
      // A plan that is a document of some other trade, not strategy.
      // The audience of a show, not listening as a practice.
      // Meat or dough left to stand after cooking, not a break: "rest it for as long as you cooked it".
      ...RESTING_MEAT,
      'for listening', 'who are listening', 'who is listening', 'everyone listening', 'anyone listening', 'people listening', 'listening at home', 'listening to this episode', 'listening to this show', 'listening to the show', 'listening to the podcast',
      'lesson plan', 'lesson plans', 'floor plan', 'floor plans', 'meal plan', 'meal plans', 'data plan', 'phone plan', 'seating plan', 'our patient', 'your patient', 'his patient', 'her patient', 'each patient', 'every patient', 'one patient',
      // "three hundred hours" (of practice, of a job) is no "hundred hours" of work a week.
      'two hundred hours', 'three hundred hours', 'four hundred hours', 'five hundred hours', 'six hundred hours', 'thousand hours',
      'the rest of', 'the rest on', 'the rest at', 'the rest when', 'the rest after', 'the rest upon',
      // What is left, not repose: "the rest comes", "the rest will follow".
      // A margin that is no profit: of error, of a page, of a win.
      'margin of error', 'margin for error', 'in the margin', 'in the margins', 'the margins of', 'safety margin', 'by a wide margin', 'by a narrow margin', 'by a margin', 'by some margin',
      'the rest from', 'the rest comes', 'the rest will come', 'the rest came', 'the rest follows', 'the rest will follow', 'the rest followed', 'the rest is easy', 'the rest is detail', 'the rest is details',
      // Paying a loan back is no borrowing: "crush the loan first".
      'pay off the loan', 'pay off your loan', 'pay off my loan', 'pay off the loans', 'pay off your loans', 'pay off my loans', 'pay off her loans', 'pay off his loans', 'pay off their loans',
      'paid off the loan', 'paid off my loan', 'paid off my loans', 'paying off the loan', 'paying off my loans', 'pay down the loan', 'pay down your loans', 'crush the loan', 'kill the loan',
      // Money as the consequence, not the motive: "do what you love and the money will follow".
      'the money follows', 'the money will follow', 'the money followed', 'the money comes later', 'the money will come', 'the money came later', 'the money comes after', 'the money came after', 'do the rest', 'money down the drain', 'throwing money away', 'throw money away', 'money thrown away', 'wasted money', 'waste of money', 'does the rest', 'did the rest', 'all the rest', 'for the rest', 'the rest is history', 'long-time listener', 'longtime listener', 'first-time listener', 'first-time caller', 'sleep on it', 'sleep on that', 'slept on it', 'sleeping on it',
      // A competition's or the weather's "open", not openness: "second in the open class".
      'the open class', 'the open category', 'the open division', 'the open air', 'the open sea', 'the open water', 'the open field', 'the open road',
      'generous portion', 'generous portions', 'generous helping', 'generous helpings', 'generous serving', 'generous servings', 'generous pour', 'generous pours'],
    terminators: ['whose', 'before', 'but', 'however', 'although', 'though', 'except', 'because', 'whereas', 'yet', 'since', 'unless', 'and then', 'when', 'if', 'so'],
    hypotheticals: ['if', 'when you', 'whenever you', 'the minute you', 'the moment you', 'the day you', 'as soon as you', 'when people', 'once you', 'suppose', 'supposing', 'imagine', 'say you', 'let s say', 'in case', 'assuming', 'unless', 'what if', 'whether'],
    reported: ['people say', 'people tell', 'people think', 'they say', 'they told me', 'they tell', 'told me', 'tells me', 'according to', 'some say', 'some people', 'many say', 'many people think', 'many think', 'i ve heard', 'i heard', 'i hear', 'you hear', 'you often hear', 'we hear', 'the common advice', 'conventional wisdom', 'the myth', 'said that', 'says that', 'claims that', 'claim that', 'argue that', 'argues that', 'used to tell', 'my coach', 'my mentor said', 'they said', 'he said', 'she said', 'you used to say', 'it s often said', 'the saying goes', 'the gurus', 'gurus say', 'everyone says', 'everybody says', 'everyone tells'],
    reportingVerbs: ['say', 'says', 'said', 'tell', 'tells', 'told', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'claim', 'claims', 'claimed', 'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'preach', 'preaches', 'preached', 'repeat', 'repeats', 'repeated', 'advise', 'advises', 'advised', 'recommend', 'recommends', 'recommended', 'swear', 'swears', 'swore', 'write', 'writes', 'wrote', 'keep saying', 'kept saying', 'kept telling', 'keeps telling', 'keeps saying', 'teach', 'teaches', 'taught', 'suggest', 'suggests', 'suggested', 'will tell', 'would say', 'used to say', 'used to tell', 'love to say', 'like to say', 'loves to say', 'likes to say'],
    beliefVerbs: ['saying', 'mean', 'meant', 'think', 'believe', 'feel', 'guess', 'suppose', 'know', 'reckon', 'am convinced', 'm convinced', 'am sure', 'm sure', 'would say', 'd say'],
    verbPrefixes: ['always', 'often', 'keep', 'kept', 'still', 'really', 'all', 'also', 'never', 'usually', 'constantly', 'me', 'us', 'you', 'them', 'him', 'her', 'just',
      // Auxiliaries between the subject and the verb: "I'd tell you", "I would say", "I can tell you".
      'd', 'would', 'will', 'll', 'can', 'could', 'might', 'must', 'should', 'do', 'did', 'does'],
    concessions: ['admittedly', 'sure', 'of course', 'granted', 'yes', 'true', 'i admit', 'i ll admit', 'to be fair', 'obviously', 'fair enough', 'i grant'],
    contrasts: ['but', 'however', 'yet', 'still', 'that said', 'even so', 'nevertheless', 'nonetheless'],
    pastFrames: ['first year', 'first years', 'first two years', 'first three years', 'first few years', 'first couple of years', 'first months', 'early years', 'early days', 'when i started', 'when we started', 'when i began', 'i used to', 'we used to', 'at first', 'in the beginning', 'early on', 'back then', 'back in the day', 'years ago', 'in the early days', 'at the start', 'for years', 'my first years', 'i once', 'i thought', 'i believed'],
    presentFrames: ['what changed', 'today', 'now', 'nowadays', 'these days', 'anymore', 'any more', 'no longer', 'since then', 'i ve changed', 'i changed my mind', 'i ve learned', 'i learned'],
    mixed: ['both', 'not only', 'not just', 'but also', 'as well as', 'at the same time', 'as much as', 'equally', 'and also', 'a mix of', 'a bit of both'],
    advice: ['you should', 'you must', 'you need to', 'you have to', 'you ought to', 'you d better', 'you better', 'you shouldn t', "you shouldn't", 'my advice', 'i advise', 'i recommend', 'i d recommend', 'i would recommend', 'i suggest', 'i d suggest', 'i tell people', 'i tell them', 'i d tell', 'i would tell', 'i d say to', 'i always say', 'i d advise', 'i would advise', 'i d recommend', 'i tell anyone', 'i tell my clients', 'i tell my students', 'i tell everyone', 'i tell founders', 'i always tell', 'my tip', 'my rule for you', 'make sure', 'the key is', 'it s important to', 'it is important to', 'it s essential to', 'the secret is', 'take it from me', 'my recommendation', "let's", 'lets',
      // What the speaker tells people as a rule: "the one thing I tell every founder is to …".
      'i tell every', 'i tell all', 'i tell any', 'i tell each', 'i tell new', 'i tell young', 'what i tell', 'thing i tell', 'i keep telling', 'i m always telling'],
    imperatives: ['be', 'do', "don't", 'never', 'always', 'share', 'post', 'protect', 'keep', 'take', 'give', 'stop', 'start', 'focus', 'say', 'make', 'build', 'help', 'ask', 'listen', 'charge', 'work', 'rest', 'plan', 'stay', 'try', 'get', 'go', 'put', 'find', 'learn', 'write', 'show', 'tell', 'let', 'invest', 'hire', 'sell', 'bill', 'quit', 'avoid', 'forget', 'remember', 'think', 'choose', 'pick', 'spend', 'save', 'treat', 'sleep', 'slow', 'grow', 'bet', 'jump', 'launch', 'ship', 'test', 'prepare', 'use', 'publish', 'create', 'trust', 'follow', 'ignore', 'answer', 'respond', 'engage', 'collaborate', 'partner', 'delegate', 'negotiate', 'raise', 'set', 'define', 'pace', 'own', 'guard', 'hold', 'aim', 'embrace', 'accept', 'dare', 'cut', 'block', 'schedule', 'believe', 'refuse', 'reject', 'decline'],
    notImperatives: [],
    firstPerson: ['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'we', 'our', 'us', 'ourselves', 'm', 've'],
    changeOfMind: ['no longer', 'anymore', 'any more', 'i thought that was', 'i thought it was', 'i used to think', 'in my twenties', 'in my thirties', 'in my early twenties', 'in my early days', 'when i was younger', 'when i was young', 'in another life', 'changed my mind', 'change my mind', 'i realised', 'i realized', 'i stopped', 'i quit doing', 'i learned the hard way', 'i learnt the hard way', 'in hindsight', 'looking back'],
    restrictors: ['only', 'just', 'merely', 'solely', 'simply', 'purely'],
    exceptions: ['exception', 'exceptions', 'exceptionally', 'once a year', 'once in a while', 'every now and then', 'now and then', 'now and again', 'on occasion', 'occasionally'],
    verdictsAgainst: ['no', 'never', 'no never', 'never ever', "don't", 'just don\'t', "don't do it", 'do not do it', "just don't do it", "don't bother", "don't even think about it", 'forget it', 'forget about it', 'avoid it', 'run', 'no way', 'not a chance', 'big mistake', 'bad idea', 'mistake', 'stop', 'just stop'],
    verdictsFor: ['do it', 'just do it', 'go for it', 'yes', 'always', 'absolutely', 'essential'],
    turnedAway: ['do something else', 'go do something else', 'find another job', 'find another career', 'find another line of work', 'find something else', 'pick another job', 'choose another job',
      'walk away', 'get out', 'go home', 'stay home', 'stay at home', "don't bother", 'forget it', 'this job is not for you', "this job isn't for you", "it's not for you", 'it is not for you',
      "this isn't for you", 'this is not for you', 'not the job for you', 'in the wrong job', 'in the wrong business', 'in the wrong trade', 'in the wrong place', 'leave now', 'quit now', 'then leave', 'then quit', 'just leave', 'just quit',
      // A ruin promised to whoever does it: "if you're chasing the margin, you'll burn out in two years".
      "you'll burn out", 'you will burn out', "you're going to burn out", "you'll go broke", 'you will go broke', "you're going to go broke", "you'll fail", 'you will fail', "you're going to fail",
      "you'll regret it", 'you will regret it', "you're going to regret it", "you won't last", 'you will not last', "you'll go under", 'you will go under', "you'll crash and burn", "you're done", "you're finished", "you'll be out of business", "you won't survive"],
    retractions: ['no seriously', 'but seriously', 'seriously though', 'joking aside', 'all joking aside', 'jokes aside', 'kidding aside', 'just kidding', "i'm kidding", 'i am kidding', "i'm joking", 'i am joking', 'no i m kidding', "no i'm kidding", "no i'm joking"],
    acknowledged: ['than me', 'than i do', 'than i did', 'than i ever did', 'not like me', 'don t be like me', "don't be like me", 'unlike me', 'learn from my mistakes', 'my mistakes', 'what i didn t', "what i didn't", "what i don't", 'do as i say', 'i never did', 'i wish i had', 'i wish i d'],
    evaluatives: ['important', 'essential', 'key', 'matters', 'matter', 'mattered', 'only', 'best', 'better', 'worst', 'worse', 'wins', 'win', 'beats', 'beat', 'works', 'work', 'pays', 'priority', 'first', 'always', 'never', 'must', 'need', 'needs', 'crucial', 'vital', 'secret', 'everything', 'nothing', 'great', 'good', 'bad', 'mistake', 'wrong', 'right', 'real', 'true', 'sacred', 'useless', 'dangerous', 'healthy', 'unhealthy', 'toxic', 'should', 'more', 'less', 'too', 'enough', 'necessary', 'motivation', 'reason', 'point', 'think', 'believe', 'convinced', 'way', 'rule', 'truth', 'beats', 'trump', 'trumps', 'counts', 'count', 'luxury', 'non-negotiable', 'non negotiable', 'replaces', 'nothing like'],
    conditionals: ['would', 'could', 'might', 'maybe', 'perhaps', "i'd", "wouldn't", 'possibly'],
    clauseOpeners: ['so', 'and', 'then', 'but', 'just', 'please', 'also', 'really', 'now', 'well', 'first', 'honestly', 'simply', 'oh', 'yes', 'no', 'okay', 'ok', 'look', 'seriously', 'basically'],
  },
};

/** English imperatives are recognised by what follows the verb. */
export const EN_IMPERATIVE_FOLLOWERS = new Set([
  'your', 'the', 'a', 'an', 'it', 'what', 'less', 'more', 'them', 'yourself', 'yourselves', 'something', 'everything',
  'up', 'out', 'on', 'off', 'to', 'people', 'time', 'every', 'one', 'some', 'this', 'that', 'those', 'these', 'me',
  'us', 'about', 'for', 'with', 'because', 'early', 'often', 'slowly', 'fast', 'now', 'hard', 'smart', 'no', 'yes',
  'money', 'risks', 'care', 'help', 'feedback', 'breaks', 'weekends', 'notes', 'all', 'whatever', 'only', 'better',
  // Particles of phrasal verbs ("niche down", "give back", "push ahead"), which rarely follow a subject.
  'down', 'back', 'away', 'ahead', 'forward',
  // How long or how often to do it ("Rehearse until you're bored", "Check twice"): said of an action.
  'until', 'till', 'twice', 'daily', 'again', 'regularly',
]);

export const EN_CLOSED_CLASS = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'my', 'your', 'his',
  'her', 'its', 'our', 'their', 'there', 'here', 'what', 'who', 'which', 'when', 'where', 'why', 'how', 'if', 'and',
  'or', 'but', 'so', 'then', 'in', 'on', 'at', 'for', 'with', 'of', 'to', 'from', 'by', 'as', 'nobody', 'everyone',
  'everybody', 'someone', 'somebody', 'nothing', 'everything', 'something', 'one', 'people', 'most', 'many', 'some',
  'all', 'no', 'yes', 'not', 'very', 'really', 'honestly', 'well', 'oh', 'okay', 'today', 'now', 'yesterday',
  'tomorrow', 'every', 'each', 'any', 'more', 'less', 'slow', 'fast', 'weekends', 'nights', 'volume', 'money',
  // Subordinators, prepositions and adverbs open clauses too, and are never imperatives.
  'because', 'since', 'while', 'although', 'though', 'unless', 'until', 'after', 'before', 'like', 'about', 'into',
  'over', 'under', 'than', 'whether', 'also', 'even', 'just', 'only', 'still', 'yet', 'maybe', 'perhaps', 'actually',
  'literally', 'probably', 'definitely', 'certainly', 'always', 'never', 'sometimes', 'often', 'usually', 'again',
  'once', 'twice', 'instead', 'otherwise', 'anyway', 'besides', 'plus', 'except', 'without', 'within', 'through',
  'during', 'against', 'between', 'among', 'across', 'around', 'behind', 'beyond', 'near', 'off', 'out', 'up', 'down',
  'whatever', 'whoever', 'whenever', 'wherever', 'however', 'both', 'either', 'neither', 'nor', 'such', 'same',
  'other', 'another', 'last', 'next', 'first', 'second', 'third', 'half', 'most', 'few', 'several', 'lot', 'lots',
  // Adverbs of time that open a statement of what one does: "Right now we push out three videos a day".
  'right', 'nowadays', 'lately', 'recently', 'currently', 'early', 'later',
]);
