"""The station server (FastAPI under uvicorn): arrives with the station and sync issue."""
