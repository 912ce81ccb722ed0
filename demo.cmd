@echo off
rem Builds Switchboard, starts the backend with demo data and opens the workstation logged in as
rem alice. Needs only a JDK 17+. Closing the workstation stops the backend too.
setlocal
cd /d "%~dp0"
if "%SWITCHBOARD_PORT%"=="" set SWITCHBOARD_PORT=8080
echo Building (first run downloads Maven and the libraries)...
call mvnw.cmd -B -q -DskipTests package || exit /b 1
if not exist demo-data mkdir demo-data
echo Starting the backend on port %SWITCHBOARD_PORT% (log: demo-data\server.log)...
start "switchboard-server" /b cmd /c "java -jar server-stub\target\switchboard-server.jar --demo --simulate 30 --port %SWITCHBOARD_PORT% --data demo-data > demo-data\server.log 2>&1"
powershell -NoProfile -Command "$d=(Get-Date).AddSeconds(60); while((Get-Date) -lt $d){ try { (New-Object Net.Sockets.TcpClient('127.0.0.1', %SWITCHBOARD_PORT%)).Close(); exit 0 } catch { Start-Sleep -Milliseconds 500 } }; exit 1" || (echo The backend did not start; see demo-data\server.log & exit /b 1)
echo Opening the workstation as alice (password: switchboard)...
set SWITCHBOARD_PASSWORD=switchboard
java -Xmx256m -jar app\target\switchboard-app.jar --server http://localhost:%SWITCHBOARD_PORT% --user alice
powershell -NoProfile -Command "Get-CimInstance Win32_Process -Filter \"Name='java.exe'\" | Where-Object { $_.CommandLine -like '*switchboard-server.jar*--data demo-data*' } | ForEach-Object { Stop-Process -Id $_.ProcessId }"
endlocal
