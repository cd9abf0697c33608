// The words that make a click high-stakes, and the words of a dialog's answers, in the languages of most of the web
// (English, French, German, Spanish, Italian, Portuguese, Dutch, Russian, Japanese, Chinese, Korean). A page in
// another language, or one spelling "Delete" with a Cyrillic е, a zero-width space or fullwidth letters, is judged
// like the plain English page: every text is matched in each of its folded forms (folded-text.ts). Words are written
// without marks ("loschen" for löschen), as the markless form reads them; Japanese keeps its voiced marks, so it is
// matched as written too.

import type { StakesCategory } from './high-stakes';
import { foldedForms, spacedOutRuns, wordForms } from './folded-text';

export type WordCategory = Extract<StakesCategory, 'delete' | 'payment' | 'send' | 'account'>;

interface WordList {
  /** Words and phrases between letter boundaries (scripts with spaces). */
  spaced: string[];
  /** Words of scripts without spaces between words (Japanese, Chinese): matched anywhere. */
  unspaced?: string[];
}

const LISTS: Array<[WordCategory, WordList]> = [
  [
    'delete',
    {
      spaced: [
        // English
        'delete|deletes|deleting|remove|removes|removing|erase|erases|erasing|destroy|destroys|destroying',
        'discard|discards|discarding|deactivate|deactivates|deactivating|close (my |your )?account',
        'cancel (my |your )?(account|subscription|membership|order)|unsubscribe|move(d)? (it |them )?to (the )?(trash|bin)',
        'empty (the )?(trash|bin)|wipe|purge|revoke|terminate|uninstall|factory reset',
        'clear (all )?(browsing )?(history|data|everything)|leave (the |this )?(group|team|organi[sz]ation|workspace)',
        // French
        'supprimer|supprimez|supprime|effacer|effacez|desactiver|desactivez|resilier|resiliez|se desabonner|desabonner',
        'fermer (mon |votre |le )?compte|vider (la )?corbeille|annuler (mon |votre |l.)?(abonnement|commande)',
        // German
        'loschen|loeschen|entfernen|deaktivieren|kundigen|kuendigen|abbestellen|vernichten|papierkorb leeren',
        'konto (schlie(ss|ß)en|loschen|aufl(o|oe)sen)',
        // Spanish
        'eliminar|elimina|borrar|borra|suprimir|desactivar|darse de baja|dar de baja|vaciar (la )?papelera',
        'cerrar (mi |tu |su |la )?cuenta|cancelar (mi |tu |su |la |el )?(suscripcion|cuenta|pedido|membresia)',
        // Italian
        'eliminare|cancella|cancellare|rimuovi|rimuovere|disattiva|disattivare|svuota (il )?cestino',
        'chiudi (il )?(mio )?(account|conto)|annulla (l.)?(abbonamento|ordine)|disiscriviti',
        // Portuguese
        'excluir|exclua|apagar|apague|remover|remova|desativar|encerrar (a |minha )?conta|esvaziar (a )?lixeira',
        'cancelar (a |minha )?assinatura',
        // Dutch
        'verwijderen|verwijder|wissen|deactiveren|opzeggen|uitschrijven|prullenbak legen|account (sluiten|opheffen)',
        // Russian
        'удалить|удалите|удаление|стереть|деактивировать|отписаться|закрыть (аккаунт|счет|профиль)',
      ],
      unspaced: ['削除', '消去', '退会', '解約', '删除', '刪除', '移除', '注销', '註銷', '清空', '삭제', '탈퇴'],
    },
  ],
  [
    'payment',
    {
      spaced: [
        // English
        'buy|purchase|place (my |your )?order|pay|checkout|check out|confirm (the )?(order|purchase|payment)',
        'complete (the )?(order|purchase)|donate|add to (cart|basket) and pay|subscribe and pay|book now|order now',
        'reserve now|subscribe (now|to (the |a )?(plan|pro|premium))|upgrade (now|to|my|your|the|plan)',
        'renew (now|my|your|the)|start (my |your |a )?(free )?trial|confirm (the )?(booking|reservation)',
        // French
        'acheter|achetez|payer|payez|commander|passer (la |ma )?commande|valider (la |ma |mon )?(commande|panier|paiement)',
        'confirmer (la |le |l.)?(commande|paiement|achat|reservation)|finaliser (la |ma )?commande',
        'reserver maintenant|faire un don',
        // German
        'kaufen|jetzt kaufen|bezahlen|zahlen|zahlungspflichtig bestellen|kostenpflichtig bestellen|bestellen',
        'jetzt buchen|zur kasse|spenden|abonnieren',
        // Spanish
        'comprar|compra ahora|pagar|realizar (el )?pedido|confirmar (el |la )?(pedido|pago|compra|reserva)',
        'finalizar (la )?compra|reservar ahora|tramitar pedido|donar|suscribirse',
        // Italian
        'acquista|acquistare|compra|paga|pagare|ordina ora|conferma (l.)?ordine|procedi al pagamento|prenota ora',
        'dona ora|abbonati',
        // Portuguese
        'finalizar (a )?compra|confirmar (o )?pedido|fazer (o )?pedido|fechar pedido|doar|assinar (agora|o plano)',
        // Dutch
        'kopen|nu kopen|betalen|bestelling plaatsen|afrekenen|nu boeken|doneren',
        // Russian
        'купить|оплатить|оплата|оформить заказ|заказать|пожертвовать',
      ],
      unspaced: [
        '購入',
        '支払',
        '注文する',
        '注文を確定',
        '购买',
        '購買',
        '支付',
        '付款',
        '下单',
        '結帳',
        '结账',
        '구매',
        '결제',
        '주문하기',
      ],
    },
  ],
  [
    'send',
    {
      spaced: [
        // English
        'send|post|publish|reply|tweet|share|comment|submit (a |the )?review|invite',
        'merge (the |this )?(pull request|branch|changes)|deploy|approve|sign (the |this )?(document|contract|agreement)',
        // French
        'envoyer|envoyez|publier|repondre|partager|commenter|inviter',
        // German
        'senden|absenden|versenden|veroffentlichen|veroeffentlichen|antworten|teilen|posten|einladen',
        // Spanish and Portuguese
        'enviar|publicar|responder|compartir|compartilhar|partilhar|comentar|invitar|convidar',
        // Italian
        'invia|inviare|pubblica|pubblicare|rispondi|condividi|commenta',
        // Dutch
        'verzenden|versturen|publiceren|beantwoorden|delen',
        // Russian
        'отправить|опубликовать|ответить|поделиться',
      ],
      unspaced: [
        '送信',
        '投稿',
        '返信',
        '発送',
        '发送',
        '發送',
        '发布',
        '發佈',
        '回复',
        '回覆',
        '보내기',
        '전송',
        '게시',
      ],
    },
  ],
  [
    'account',
    {
      spaced: [
        // English
        '(change|reset|update) (the |my |your )?(passwords?|email|e-mail|phone|username|security|2fa|two-factor)',
        'security settings|transfer (money|funds)|wire',
        // Other languages
        '(changer|modifier|reinitialiser) (le |mon |votre )?mot de passe|virement',
        'passwort (andern|aendern|zurucksetzen|zuruecksetzen)|uberweisen|uberweisung|ueberweisung',
        '(cambiar|restablecer) (la |mi |tu )?contrasena|transferencia|transferir dinero',
        '(cambia|reimposta) (la )?password|bonifico',
        '(alterar|redefinir) (a |minha )?senha|transferir dinheiro',
        'wachtwoord (wijzigen|herstellen)|overschrijven|overboeken',
        '(сменить|изменить|сбросить) пароль|перевести деньги|перевод средств',
      ],
      unspaced: ['パスワードを変更', '送金', '修改密码', '修改密碼', '转账', '轉帳', '비밀번호 변경', '송금'],
    },
  ],
];

/** A letter or digit on either side means the word is part of a longer one ("deleted" is not "delete"). */
function compile({ spaced, unspaced = [] }: WordList): RegExp {
  const bounded = `(?<![\\p{L}\\p{N}])(?:${spaced.join('|')})(?![\\p{L}\\p{N}])`;
  return new RegExp(unspaced.length ? `${bounded}|${unspaced.join('|')}` : bounded, 'iu');
}

/**
 * The same words anywhere, spaces optional: for letters spaced out one by one, whose word gaps look like the gaps
 * between letters ("D e l e t e a c c o u n t" joins to "Deleteaccount"). Asking once too often is the cost.
 */
function compileLoose({ spaced, unspaced = [] }: WordList): RegExp {
  return new RegExp([...spaced.map((words) => words.replaceAll(' ', ' ?')), ...unspaced].join('|'), 'iu');
}

const PATTERNS: Array<[WordCategory, RegExp, RegExp]> = LISTS.map(([category, list]) => [
  category,
  compile(list),
  compileLoose(list),
]);

export interface WordMatch {
  category: WordCategory;
  /** The words matched, as the folded text reads them. */
  word: string;
}

/** The words `pattern` finds in the first of `forms` it matches. */
function firstMatch(pattern: RegExp, forms: readonly string[]): string | undefined {
  for (const form of forms) {
    const match = pattern.exec(form);
    if (match) return match[0];
  }
  return undefined;
}

/** Each category whose words `text` says in any of its forms (wordForms), in the order of the lists. */
export function stakesWords(text: string): WordMatch[] {
  const forms = wordForms(text);
  // The third form is the Latin one (foldedForms).
  const runs = spacedOutRuns(forms[2]!);
  return PATTERNS.flatMap(([category, pattern, loose]) => {
    const word = firstMatch(pattern, forms) ?? firstMatch(loose, runs);
    return word === undefined ? [] : [{ category, word }];
  });
}

/** The first category whose words `text` says; `except` leaves categories out. */
export function stakesWord(text: string, except: readonly WordCategory[] = []): WordMatch | undefined {
  return stakesWords(text).find((match) => !except.includes(match.category));
}

/** The first word of `text`, in any folded form, is one of `words`. */
function startsWithWord(pattern: RegExp, text: string): boolean {
  return foldedForms(text.trim()).some((form) => pattern.test(form));
}

const leading = (words: string[]) => new RegExp(`^(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Labels that decline or dismiss: such a button in a "Close your account?" dialog is the safe way out. */
const DISMISSING = leading([
  'no|cancel|close|dismiss|back|go back|not now|keep (it|my|this|them|the)|stay|never mind|x|×',
  'non|annuler|fermer|retour|plus tard|nein|abbrechen|schlie(ss|ß)en|zuruck|spater|cancelar|cerrar|volver|ahora no',
  'annulla|chiudi|indietro|non ora|nao|fechar|voltar|agora nao|nee|annuleren|sluiten|terug|нет|отмена|отменить',
  'закрыть|назад|キャンセル|いいえ|閉じる|取消|关闭|關閉|否|취소|닫기|아니요',
]);
/** Labels that only say "go ahead": what they do is written next to them. */
const ANSWERS = leading([
  'yes|ok|okay|confirm|continue|proceed|sure|agree|i agree|accept|i understand|understood|do it|go ahead|apply',
  'submit|done|oui|confirmer|continuer|valider|accepter|ja|bestatigen|weiter|fortfahren|einverstanden|si',
  'confirmar|continuar|aceptar|conferma|continua|accetta|procedi|sim|aceitar|doorgaan|bevestigen|akkoord|да',
  'подтвердить|продолжить|はい|確認|确认|確定|确定|是|예|확인',
]);

export const isDismissing = (name: string): boolean => startsWithWord(DISMISSING, name);
export const isAnswer = (name: string): boolean => startsWithWord(ANSWERS, name);

/** Drop targets that throw away what is dropped on them. */
const TRASH = compile({
  spaced: [
    'trash|bin|recycle bin|waste ?basket|garbage|rubbish|corbeille|poubelle|papierkorb|mulleimer|papelera|cestino',
    'lixeira|prullenbak',
  ],
  unspaced: ['ゴミ箱', '回收站', '资源回收筒', '휴지통'],
});

/** The words of a drop target that throws away what is dropped on it. */
export function trashWord(text: string): string | undefined {
  return firstMatch(TRASH, wordForms(text));
}
