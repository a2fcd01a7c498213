// Entry point of dist/server.js. Last-resort handlers keep the process alive:
// one bad document must not take the editor's checking down with it.
import { startServer } from './server';

process.on('uncaughtException', (error) => console.error('wp27017 server: uncaught', error));
process.on('unhandledRejection', (error) => console.error('wp27017 server: unhandled rejection', error));
startServer();
