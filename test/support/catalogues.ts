// Loads every language's catalogue for every test file, as the command line, the server and
// Electron's main process do at start (the app's window loads only the language it shows).
import '../../shared/i18n/catalogue';
