/**
 * Vite build of the console (web/ → web/dist) and `npm run dev:web`: hot reload,
 * with the API paths proxied to the local server (`npm start`, port 4000 unless
 * CHAINFIT_API_ORIGIN says otherwise), so the browser sees one origin as in AWS.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiOrigin = process.env.CHAINFIT_API_ORIGIN ?? 'http://localhost:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/graphql', '/dev', '/config.json'].map((path) => [path, { target: apiOrigin, changeOrigin: true }])),
  },
});
