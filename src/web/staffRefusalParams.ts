import { nameRefusalParam } from './refusalMessage.ts';

/**
 * The staff pages' names for the commands a `command.forbidden` refusal carries (a moderator
 * page sending what its role may not), from the staff part’s `commandName.*` texts.
 * Imported for its effect by the code that sends staff commands and host requests.
 */
nameRefusalParam('command', (type) => `commandName.${type}`);
