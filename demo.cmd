@echo off
rem Builds Switchboard, starts the backend with demo data and opens the workstation logged in as
rem alice. Needs only a JDK 17+. Closing the workstation stops the backend too.
rem For another port than 8080: set SWITCHBOARD_PORT=9090, then run demo.cmd.
rem Keep this file free of labels and parenthesised blocks: cmd mis-parses them too easily.
setlocal
cd /d "%~dp0"
if "%SWITCHBOARD_PORT%"=="" set SWITCHBOARD_PORT=8080

echo Building (first run downloads Maven and the libraries; later runs take seconds)...
call mvnw.cmd -B -q -DskipTests package || exit /b 1

if not exist demo-data mkdir demo-data
echo Starting the backend on port %SWITCHBOARD_PORT% (log: demo-data\server.log)...
start "switchboard-server" /b cmd /c "java -jar server-stub\target\switchboard-server.jar --demo --simulate 30 --port %SWITCHBOARD_PORT% --data demo-data > demo-data\server.log 2>&1"

rem Waits up to 60 s for the port to accept connections, and gives up early when the backend exits
rem (found by its command line: start /b gives no process id).
set READY=1
powershell -NoProfile -Command "$deadline = (Get-Date).AddSeconds(60); while ((Get-Date) -lt $deadline) { try { (New-Object Net.Sockets.TcpClient('127.0.0.1', %SWITCHBOARD_PORT%)).Close(); exit 0 } catch { }; $backend = Get-CimInstance Win32_Process | Where-Object { ($_.Name -eq 'java.exe' -or $_.Name -eq 'cmd.exe') -and $_.CommandLine -like '*switchboard-server.jar*--port %SWITCHBOARD_PORT% --data demo-data*' }; if (-not $backend) { exit 1 }; Start-Sleep -Milliseconds 500 }; exit 1" || set READY=

if not defined READY echo The backend did not start; see demo-data\server.log:
if not defined READY powershell -NoProfile -Command "Get-Content demo-data\server.log -Tail 20"

if defined READY echo Opening the workstation as alice (password: switchboard)...
if defined READY set SWITCHBOARD_PASSWORD=switchboard
if defined READY java -Xmx256m -jar app\target\switchboard-app.jar --server http://localhost:%SWITCHBOARD_PORT% --user alice

rem The workstation is closed (or never opened): stop this demo's backend.
powershell -NoProfile -Command "Get-CimInstance Win32_Process | Where-Object { $_.Name -eq 'java.exe' -and $_.CommandLine -like '*switchboard-server.jar*--port %SWITCHBOARD_PORT% --data demo-data*' } | ForEach-Object { Stop-Process -Id $_.ProcessId -Force }"
if not defined READY exit /b 1
endlocal
