<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountProblem</name>
    <message>
        <source>The gateway is “Another address…” but no address is set: type it in Settings › Account › Address.</source>
        <translation>La pasarela es «Otra dirección…», pero no hay ninguna dirección: escríbala en Configuración › Cuenta › Dirección.</translation>
    </message>
    <message>
        <source>The connection is SMPP but no server is set: type it in Settings › Account › Server.</source>
        <translation>La conexión es SMPP, pero no hay ningún servidor: escríbalo en Configuración › Cuenta › Servidor.</translation>
    </message>
    <message>
        <source>The gateway address %1 uses plain http:// to another computer: the password would travel unencrypted, through any proxy on the way too. Type an https:// address in Settings › Account › Address (plain http:// is only allowed to this computer, 127.0.0.1).</source>
        <translation>La dirección de la pasarela %1 usa http:// sin cifrar hacia otro equipo: la contraseña viajaría sin cifrar, también a través de cualquier proxy en el camino. Escriba una dirección https:// en Configuración › Cuenta › Dirección (http:// sin cifrar solo se permite hacia este equipo, 127.0.0.1).</translation>
    </message>
    <message>
        <source>No account user name: type it in Settings › Account › User name.</source>
        <translation>Falta el usuario de la cuenta: escríbalo en Configuración › Cuenta › Usuario.</translation>
    </message>
    <message>
        <source>No password for the account %1, and this computer has no system keyring to keep one: type it in Settings › Account › Password to test it, or when Masiv Desktop asks for it before sending.</source>
        <translation>No hay contraseña para la cuenta %1 y este equipo no tiene un almacén de contraseñas (llavero) donde guardarla: escríbala en Configuración › Cuenta › Contraseña para probarla, o cuando Masiv Desktop se la pida antes de enviar.</translation>
    </message>
    <message>
        <source>No password is saved for the account %1: type it in Settings › Account › Password and press OK.</source>
        <translation>No hay una contraseña guardada para la cuenta %1: escríbala en Configuración › Cuenta › Contraseña y pulse Aceptar.</translation>
    </message>
    <message>
        <source>This computer has no system keyring (password store), so the password cannot be saved: Masiv Desktop asks for it once per session instead. It is never written anywhere.</source>
        <translation>Este equipo no tiene un almacén de contraseñas (llavero), así que la contraseña no se puede guardar: Masiv Desktop se la pedirá una vez por sesión. Nunca se escribe en ningún sitio.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>La contraseña está vacía.</translation>
    </message>
    <message>
        <source>Check the user name and password, then press Test connection again.</source>
        <translation>Revise el usuario y la contraseña y vuelva a pulsar Probar conexión.</translation>
    </message>
</context>
<context>
    <name>ActionButtons</name>
    <message>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Cancel campaign…</source>
        <translation>Cancelar campaña…</translation>
    </message>
    <message>
        <source>Resend uncertain…</source>
        <translation>Reenviar inciertos…</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CampaignDeleter</name>
    <message>
        <source>The draft “%1” will be deleted (its list and message); this cannot be undone.</source>
        <translation>Se eliminará el borrador «%1» (su lista y su mensaje); no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>The campaign “%1” and its delivery report will be deleted: its %Ln recipient(s) and the status of every message. This cannot be undone; export the report first if you need it. The exclusion list is kept.</source>
        <translation>
            <numerusform>Se eliminará la campaña «%1» y su informe de entrega: su %Ln destinatario y el estado de cada mensaje. No se puede deshacer; si necesita el informe, expórtelo antes. La lista de exclusión se conserva.</numerusform>
            <numerusform>Se eliminará la campaña «%1» y su informe de entrega: sus %Ln destinatarios y el estado de cada mensaje. No se puede deshacer; si necesita el informe, expórtelo antes. La lista de exclusión se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>It is being sent. Cancel it first, or delete it once it is finished.</source>
        <translation>Se está enviando. Cancélela primero, o elimínela cuando haya terminado.</translation>
    </message>
    <message>
        <source>Some recipients have not been sent yet. Cancel the campaign first, or resume it and delete it once it is finished.</source>
        <translation>Hay destinatarios a los que aún no se ha enviado. Cancele primero la campaña, o reanúdela y elimínela cuando haya terminado.</translation>
    </message>
    <message>
        <source>The gateway holds its messages until %1 and cannot recall them. It can be deleted after that time, once their statuses are known.</source>
        <translation>La pasarela guarda sus mensajes hasta el %1 y no puede retirarlos. Podrá eliminarla después de esa hora, cuando se conozcan sus estados.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) accepted by the gateway are still waiting to be delivered. It can be deleted once they are delivered or have failed.</source>
        <translation>
            <numerusform>%Ln mensaje aceptado por la pasarela sigue esperando su entrega. Podrá eliminarla cuando se haya entregado o haya fallado.</numerusform>
            <numerusform>%Ln mensajes aceptados por la pasarela siguen esperando su entrega. Podrá eliminarla cuando se hayan entregado o hayan fallado.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reached people today, and Ley 2300 allows one commercial message a day: the program needs it to know who was contacted today. It can be deleted tomorrow.</source>
        <translation>Llegó hoy a sus destinatarios y la Ley 2300 permite un mensaje comercial al día: el programa la necesita para saber a quién se contactó hoy. Podrá eliminarla mañana.</translation>
    </message>
    <message>
        <source>Masiv Desktop (this window, another one or a 'masiv' command) is sending it or following its statuses right now. It can be deleted once that has ended.</source>
        <translation>Masiv Desktop (esta ventana, otra o un comando 'masiv') la está enviando o está consultando sus estados en este momento. Podrá eliminarla cuando eso termine.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted now.</source>
        <translation>«%1» no se puede eliminar ahora.</translation>
    </message>
</context>
<context>
    <name>CampaignHeader</name>
    <message>
        <source>Created by %1</source>
        <translation>Creada por %1</translation>
    </message>
    <message>
        <source>Sending from: %1</source>
        <translation>Enviando desde: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Commercial message (contact hours apply)</source>
        <translation>Mensaje comercial (aplica el horario de contacto)</translation>
    </message>
    <message>
        <source>Service notice (transactional)</source>
        <translation>Aviso de servicio (transaccional)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinatario</numerusform>
            <numerusform>%Ln destinatarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln parte de SMS</numerusform>
            <numerusform>%Ln partes de SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>each row at its own time (column “%1”), the last %2</source>
        <translation>cada fila a su propia hora (columna «%1»), la última el %2</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>programada para %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>terminada %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciada %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>creada %1</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>The campaign could not be started: %1</source>
        <translation>No se pudo iniciar la campaña: %1</translation>
    </message>
</context>
<context>
    <name>CampaignQuestions</name>
    <message numerus="yes">
        <source>The %Ln recipient(s) not sent yet will not be sent. This cannot be undone.</source>
        <translation>
            <numerusform>El destinatario que aún no se ha enviado no recibirá el mensaje. Esto no se puede deshacer.</numerusform>
            <numerusform>Los %Ln destinatarios que aún no se han enviado no recibirán el mensaje. Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) already handed to the gateway wait there until %1 and cannot be cancelled: the gateway has no way to recall them, so they will still be delivered at their times.</source>
        <translation>
            <numerusform>%Ln mensaje ya entregado a la pasarela espera allí hasta %1 y no se puede cancelar: la pasarela no tiene forma de recuperarlo, así que se entregará a su hora.</numerusform>
            <numerusform>%Ln mensajes ya entregados a la pasarela esperan allí hasta %1 y no se pueden cancelar: la pasarela no tiene forma de recuperarlos, así que se entregarán a su hora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages already handed to the gateway for %1 cannot be cancelled: the gateway has no way to recall them, so they will still be delivered at that time.</source>
        <translation>Los mensajes ya entregados a la pasarela para el %1 no se pueden cancelar: la pasarela no tiene forma de retirarlos, así que se entregarán a esa hora.</translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation>Cancelar la campaña</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>¿Cancelar «%1»?</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Cancelar campaña</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Resend uncertain</source>
        <translation>Reenviar inciertos</translation>
    </message>
    <message numerus="yes">
        <source>Send again to the %Ln uncertain recipient(s)?</source>
        <translation>
            <numerusform>¿Volver a enviar al %Ln destinatario incierto?</numerusform>
            <numerusform>¿Volver a enviar a los %Ln destinatarios inciertos?</numerusform>
        </translation>
    </message>
    <message>
        <source>For these recipients the connection broke before the gateway answered: nobody knows whether the message went out. Most were probably delivered: in fault tests, 96 to 98 % of such messages had reached the gateway. Sending again will likely make nearly all of these people receive it twice, and each copy is billed.</source>
        <translation>Con estos destinatarios la conexión se cortó antes de que la pasarela respondiera: no se sabe si el mensaje salió. Lo más probable es que la mayoría ya se haya entregado: en las pruebas de fallos, del 96 al 98 % de esos mensajes habían llegado a la pasarela. Si lo envía de nuevo, es probable que casi todas estas personas lo reciban dos veces, y cada copia se cobra.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <source>Don't send</source>
        <translation>No enviar</translation>
    </message>
</context>
<context>
    <name>CampaignState</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Waiting for contact hours</source>
        <translation>Esperando el horario de contacto</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
</context>
<context>
    <name>CampaignTabs</name>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Destinatarios</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>The campaign's message</source>
        <translation>Mensaje de la campaña</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message numerus="yes">
        <source>%1 of %Ln recipient(s)</source>
        <translation>
            <numerusform>%1 de %Ln destinatario</numerusform>
            <numerusform>%1 de %Ln destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>CharName</name>
    <message>
        <source>left curly quote</source>
        <translation>comilla tipográfica izquierda</translation>
    </message>
    <message>
        <source>right curly quote</source>
        <translation>comilla tipográfica derecha</translation>
    </message>
    <message>
        <source>low curly quote</source>
        <translation>comilla tipográfica baja</translation>
    </message>
    <message>
        <source>reversed curly quote</source>
        <translation>comilla tipográfica invertida</translation>
    </message>
    <message>
        <source>opening angle quote</source>
        <translation>comilla latina de apertura</translation>
    </message>
    <message>
        <source>closing angle quote</source>
        <translation>comilla latina de cierre</translation>
    </message>
    <message>
        <source>double prime (seconds sign)</source>
        <translation>doble prima (signo de segundos)</translation>
    </message>
    <message>
        <source>full-width double quote</source>
        <translation>comilla doble de ancho completo</translation>
    </message>
    <message>
        <source>left curly single quote</source>
        <translation>comilla simple tipográfica izquierda</translation>
    </message>
    <message>
        <source>curly apostrophe</source>
        <translation>apóstrofo tipográfico</translation>
    </message>
    <message>
        <source>low curly single quote</source>
        <translation>comilla simple tipográfica baja</translation>
    </message>
    <message>
        <source>reversed curly single quote</source>
        <translation>comilla simple tipográfica invertida</translation>
    </message>
    <message>
        <source>prime (minutes sign)</source>
        <translation>prima (signo de minutos)</translation>
    </message>
    <message>
        <source>opening single angle quote</source>
        <translation>comilla latina simple de apertura</translation>
    </message>
    <message>
        <source>closing single angle quote</source>
        <translation>comilla latina simple de cierre</translation>
    </message>
    <message>
        <source>loose acute accent</source>
        <translation>tilde suelta</translation>
    </message>
    <message>
        <source>loose grave accent (backtick)</source>
        <translation>acento grave suelto</translation>
    </message>
    <message>
        <source>full-width apostrophe</source>
        <translation>apóstrofo de ancho completo</translation>
    </message>
    <message>
        <source>typographic hyphen</source>
        <translation>guion tipográfico</translation>
    </message>
    <message>
        <source>non-breaking hyphen</source>
        <translation>guion de no separación</translation>
    </message>
    <message>
        <source>figure dash</source>
        <translation>raya de cifras</translation>
    </message>
    <message>
        <source>en dash</source>
        <translation>guion medio (semirraya)</translation>
    </message>
    <message>
        <source>em dash</source>
        <translation>raya</translation>
    </message>
    <message>
        <source>horizontal bar</source>
        <translation>barra horizontal</translation>
    </message>
    <message>
        <source>minus sign</source>
        <translation>signo menos</translation>
    </message>
    <message>
        <source>hyphen bullet</source>
        <translation>viñeta de guion</translation>
    </message>
    <message>
        <source>small or full-width dash</source>
        <translation>guion pequeño o de ancho completo</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>non-breaking space</source>
        <translation>espacio de no separación</translation>
    </message>
    <message>
        <source>narrow non-breaking space</source>
        <translation>espacio estrecho de no separación</translation>
    </message>
    <message>
        <source>thin space</source>
        <translation>espacio fino</translation>
    </message>
    <message>
        <source>wide or special space</source>
        <translation>espacio ancho o especial</translation>
    </message>
    <message>
        <source>zero-width space (invisible)</source>
        <translation>espacio de ancho cero (invisible)</translation>
    </message>
    <message>
        <source>invisible separator</source>
        <translation>separador invisible</translation>
    </message>
    <message>
        <source>zero-width joiner (invisible)</source>
        <translation>unión de ancho cero (invisible)</translation>
    </message>
    <message>
        <source>word joiner (invisible)</source>
        <translation>unión de palabras (invisible)</translation>
    </message>
    <message>
        <source>byte order mark (invisible)</source>
        <translation>marca de orden de bytes (invisible)</translation>
    </message>
    <message>
        <source>optional hyphen (invisible)</source>
        <translation>guion opcional (invisible)</translation>
    </message>
    <message>
        <source>variation selector (invisible)</source>
        <translation>selector de variante (invisible)</translation>
    </message>
    <message>
        <source>line separator</source>
        <translation>separador de línea</translation>
    </message>
    <message>
        <source>paragraph separator</source>
        <translation>separador de párrafo</translation>
    </message>
    <message>
        <source>bullet</source>
        <translation>viñeta</translation>
    </message>
    <message>
        <source>square or round bullet</source>
        <translation>viñeta cuadrada o redonda</translation>
    </message>
    <message>
        <source>ellipsis</source>
        <translation>puntos suspensivos</translation>
    </message>
    <message>
        <source>middle dot</source>
        <translation>punto medio</translation>
    </message>
    <message>
        <source>copyright sign</source>
        <translation>símbolo de copyright</translation>
    </message>
    <message>
        <source>registered trademark sign</source>
        <translation>símbolo de marca registrada</translation>
    </message>
    <message>
        <source>trademark sign</source>
        <translation>símbolo de marca comercial</translation>
    </message>
    <message>
        <source>masculine ordinal indicator</source>
        <translation>indicador ordinal masculino</translation>
    </message>
    <message>
        <source>feminine ordinal indicator</source>
        <translation>indicador ordinal femenino</translation>
    </message>
    <message>
        <source>degree sign</source>
        <translation>símbolo de grado</translation>
    </message>
    <message>
        <source>multiplication sign</source>
        <translation>signo de multiplicación</translation>
    </message>
    <message>
        <source>division sign</source>
        <translation>signo de división</translation>
    </message>
    <message>
        <source>fraction slash</source>
        <translation>barra de fracción</translation>
    </message>
    <message>
        <source>broken bar</source>
        <translation>barra vertical partida</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>fracción</translation>
    </message>
    <message>
        <source>cent sign</source>
        <translation>símbolo de centavo</translation>
    </message>
    <message>
        <source>loose circumflex accent</source>
        <translation>acento circunflejo suelto</translation>
    </message>
    <message>
        <source>loose tilde</source>
        <translation>virgulilla suelta</translation>
    </message>
    <message>
        <source>accented letter “%1”</source>
        <translation>letra con tilde «%1»</translation>
    </message>
    <message>
        <source>letter “%1”</source>
        <translation>letra «%1»</translation>
    </message>
    <message>
        <source>digit “%1”</source>
        <translation>cifra «%1»</translation>
    </message>
    <message>
        <source>emoji</source>
        <translation>emoji</translation>
    </message>
    <message>
        <source>emoji skin tone</source>
        <translation>tono de piel de emoji</translation>
    </message>
    <message>
        <source>combining accent %1</source>
        <translation>acento combinable %1</translation>
    </message>
    <message>
        <source>control character %1</source>
        <translation>carácter de control %1</translation>
    </message>
    <message>
        <source>private-use character %1</source>
        <translation>carácter de uso privado %1</translation>
    </message>
    <message>
        <source>invisible formatting character %1</source>
        <translation>carácter de formato invisible %1</translation>
    </message>
    <message>
        <source>unassigned character %1</source>
        <translation>carácter sin asignar %1</translation>
    </message>
    <message>
        <source>symbol “%1”</source>
        <translation>símbolo «%1»</translation>
    </message>
    <message>
        <source>punctuation mark “%1”</source>
        <translation>signo de puntuación «%1»</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>carácter %1</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The check stopped because of an error in the program; the log file has the details.</source>
        <translation>La prueba se detuvo por un error del programa; el archivo de registro tiene los detalles.</translation>
    </message>
</context>
<context>
    <name>ColumnTimeFields</name>
    <message>
        <source>Column with each row's date and time</source>
        <translation>Columna con la fecha y hora de cada fila</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>before that time</source>
        <translation>antes de esa hora</translation>
    </message>
    <message>
        <source>after that time</source>
        <translation>después de esa hora</translation>
    </message>
    <message>
        <source>Each row is sent at its own date and time from this column, in your time: an Excel date, or text such as 09/12/2026 10:00 (day first). Rows whose time is empty, unreadable or already past are not sent; commercial rows outside the allowed hours move to the end of the allowed period before.</source>
        <translation>Cada fila se envía en su propia fecha y hora, tomada de esta columna, en su hora local: una fecha de Excel o un texto como 09/12/2026 10:00 (primero el día). Las filas cuya hora está vacía, no se puede leer o ya pasó no se envían; las filas comerciales fuera del horario permitido pasan al final del periodo permitido anterior.</translation>
    </message>
    <message>
        <source>send it</source>
        <translation>enviar</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>The account works: %1 accepted the user name and password.</source>
        <translation>La cuenta funciona: %1 aceptó el usuario y la contraseña.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 rechazó el usuario o la contraseña.</translation>
    </message>
    <message>
        <source>%1 accepted the user name and password, but the account is not enabled to send SMS over HTTP: ask Masiv to enable it.</source>
        <translation>%1 aceptó el usuario y la contraseña, pero la cuenta no está habilitada para enviar SMS por HTTP: pida a Masiv que la habilite.</translation>
    </message>
    <message>
        <source>%1 answered with error %2 (“%3”): try again later, and tell Masiv if it goes on.</source>
        <translation>%1 respondió con el error %2 («%3»): inténtelo más tarde y avise a Masiv si continúa.</translation>
    </message>
    <message>
        <source>The account works: %1 accepted the system id and password.</source>
        <translation>La cuenta funciona: %1 aceptó el identificador de sistema (system id) y la contraseña.</translation>
    </message>
    <message>
        <source>The test gateway (sandbox) on this computer answers: it accepts messages but sends nothing to any phone.</source>
        <translation>La pasarela de pruebas (sandbox) de este equipo responde: acepta mensajes, pero no envía nada a ningún teléfono.</translation>
    </message>
    <message>
        <source>Could not connect to %1: check the internet connection and that the address is written correctly.</source>
        <translation>No se pudo conectar con %1: revise la conexión a internet y que la dirección esté bien escrita.</translation>
    </message>
    <message>
        <source>%1 refused the connection: check the address and the port, or try again later.</source>
        <translation>%1 rechazó la conexión: revise la dirección y el puerto, o inténtelo más tarde.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the internet connection, or try again in a few minutes.</source>
        <translation>%1 no respondió a tiempo: revise la conexión a internet o inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: check this computer's date and time, or ask your IT staff whether a proxy intercepts it.</source>
        <translation>No se pudo verificar la conexión segura con %1: revise la fecha y la hora de este equipo, o pregunte al área de sistemas si un proxy la intercepta.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP error %2: check the gateway address, or try again later.</source>
        <translation>%1 respondió con el error HTTP %2: revise la dirección de la pasarela o inténtelo más tarde.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Masiv gateway does: check the gateway address.</source>
        <translation>%1 respondió, pero no como lo hace una pasarela de Masiv: revise la dirección de la pasarela.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut before it answered: check the internet connection and try again.</source>
        <translation>La conexión con %1 se cortó antes de que respondiera: revise la conexión a internet e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside Masiv Desktop.</source>
        <translation>Algo salió mal dentro de Masiv Desktop.</translation>
    </message>
    <message>
        <source>Your campaigns are safe: everything already sent is recorded. If this keeps happening, send the log file to support.</source>
        <translation>Sus campañas están a salvo: todo lo que ya se envió quedó registrado. Si esto se repite, envíe el archivo de registro a soporte.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Archivo de registro: %1</translation>
    </message>
</context>
<context>
    <name>FieldButtons</name>
    <message>
        <source>Insert:</source>
        <translation>Insertar:</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>Más campos</translation>
    </message>
    <message>
        <source>Insert each recipient's %1 at the cursor</source>
        <translation>Insertar el dato %1 de cada destinatario donde está el cursor</translation>
    </message>
</context>
<context>
    <name>FigureWords</name>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln parte</numerusform>
            <numerusform>%Ln partes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln septet(s)</source>
        <translation>
            <numerusform>%Ln septeto</numerusform>
            <numerusform>%Ln septetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln UTF-16 unit(s)</source>
        <translation>
            <numerusform>%Ln unidad UTF-16</numerusform>
            <numerusform>%Ln unidades UTF-16</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left in this part</source>
        <translation>
            <numerusform>queda %Ln en esta parte</numerusform>
            <numerusform>quedan %Ln en esta parte</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the list of recipients</source>
        <translation>Elija la lista de destinatarios</translation>
    </message>
    <message>
        <source>An Excel, LibreOffice or CSV file with one row per recipient and a column of mobile numbers.</source>
        <translation>Un archivo de Excel, LibreOffice o CSV con una fila por destinatario y una columna de números celulares.</translation>
    </message>
    <message>
        <source>Drop the spreadsheet here</source>
        <translation>Arrastre la hoja de cálculo aquí</translation>
    </message>
    <message>
        <source>xlsx, xls, ods, csv or txt</source>
        <translation>xlsx, xls, ods, csv o txt</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Open a list of recipients</source>
        <translation>Abrir una lista de destinatarios</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>File: %1 — ready</source>
        <translation>Archivo: %1 — listo</translation>
    </message>
    <message>
        <source>This list cannot be used.</source>
        <translation>Esta lista no se puede usar.</translation>
    </message>
</context>
<context>
    <name>FixesBar</name>
    <message>
        <source>The Masiv rule counts characters: 160 a part, whatever the encoding. Only a shorter message saves a part.</source>
        <translation>La regla de Masiv cuenta caracteres: 160 por parte, sea cual sea la codificación. Solo un mensaje más corto ahorra una parte.</translation>
    </message>
    <message>
        <source>GSM 03.38 counts 160 characters a part (153 when split) in the SMS alphabet, 70 (67) in Unicode: one character outside the alphabet turns the whole message into Unicode.</source>
        <translation>GSM 03.38 cuenta 160 caracteres por parte (153 si se divide) en el alfabeto SMS, y 70 (67) en Unicode: un solo carácter fuera del alfabeto convierte todo el mensaje en Unicode.</translation>
    </message>
    <message>
        <source>SMPP Latin-1 counts 140 characters a part (134 when split) in Latin-1, 70 (67) in Unicode: one character outside Latin-1 turns the whole message into Unicode.</source>
        <translation>SMPP Latin-1 cuenta 140 caracteres por parte (134 si se divide) en Latin-1, y 70 (67) en Unicode: un solo carácter fuera de Latin-1 convierte todo el mensaje en Unicode.</translation>
    </message>
    <message>
        <source>Smart encoding</source>
        <translation>Codificación inteligente</translation>
    </message>
    <message>
        <source>Write á í ó ú without accent</source>
        <translation>Escribir á í ó ú sin tilde</translation>
    </message>
    <message numerus="yes">
        <source>(%1 → %Ln part(s))</source>
        <translation>
            <numerusform>(%1 → %Ln parte)</numerusform>
            <numerusform>(%1 → %Ln partes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saves %Ln part(s).</source>
        <translation>
            <numerusform>Ahorra %Ln parte.</numerusform>
            <numerusform>Ahorra %Ln partes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to replace.</source>
        <translation>No hay nada que reemplazar.</translation>
    </message>
    <message>
        <source>Replacing these characters would save no part.</source>
        <translation>Reemplazar estos caracteres no ahorraría ninguna parte.</translation>
    </message>
</context>
<context>
    <name>GatewayPreset</name>
    <message>
        <source>test gateway (sandbox)</source>
        <translation>pasarela de pruebas (sandbox)</translation>
    </message>
    <message>
        <source>Masiv production</source>
        <translation>Masiv producción</translation>
    </message>
    <message>
        <source>Masiv fixed IP</source>
        <translation>Masiv IP fija</translation>
    </message>
    <message>
        <source>Estratec test server</source>
        <translation>servidor de pruebas de Estratec</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>otra dirección</translation>
    </message>
</context>
<context>
    <name>GatewayStatus</name>
    <message>
        <source>Ready to send</source>
        <translation>Listo para enviar</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Delivered to the network</source>
        <translation>Entregado al operador</translation>
    </message>
    <message>
        <source>Delivered to the phone</source>
        <translation>Entregado al teléfono</translation>
    </message>
    <message>
        <source>Delivery error</source>
        <translation>Error de entrega</translation>
    </message>
    <message>
        <source>General error</source>
        <translation>Error general</translation>
    </message>
    <message>
        <source>Length error</source>
        <translation>Error de longitud</translation>
    </message>
</context>
<context>
    <name>ListErrors</name>
    <message>
        <source>The file "%1" does not exist (it may have been moved or deleted).</source>
        <translation>El archivo "%1" no existe (puede que lo hayan movido o borrado).</translation>
    </message>
    <message>
        <source>"%1" is a folder, not a file.</source>
        <translation>"%1" es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The file "%1" cannot be opened (%2). Close it in Excel if it is open, and try again.</source>
        <translation>No se puede abrir el archivo "%1" (%2). Si está abierto en Excel, ciérrelo e intente de nuevo.</translation>
    </message>
    <message>
        <source>The file "%1" is empty (0 bytes).</source>
        <translation>El archivo "%1" está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>The file "%1" is of a kind the program does not read (%2). Save the list as .xlsx, .xls, .ods, .csv or .txt.</source>
        <translation>El archivo "%1" es de un tipo que el programa no lee (%2). Guarde la lista como .xlsx, .xls, .ods, .csv o .txt.</translation>
    </message>
    <message>
        <source>The file "%1" is a web page or XML file with a spreadsheet name. Open it in Excel and save it as .xlsx.</source>
        <translation>El archivo "%1" es una página web o un archivo XML con nombre de hoja de cálculo. Ábralo en Excel y guárdelo como .xlsx.</translation>
    </message>
    <message>
        <source>The file "%1" is not a valid spreadsheet: it may be damaged or another kind of file renamed. Open it in Excel and save it again.</source>
        <translation>El archivo "%1" no es una hoja de cálculo válida: puede estar dañado o ser otro tipo de archivo con el nombre cambiado. Ábralo en Excel y guárdelo de nuevo.</translation>
    </message>
    <message>
        <source>The file "%1" is a ZIP archive, not a spreadsheet.</source>
        <translation>El archivo "%1" es un archivo comprimido ZIP, no una hoja de cálculo.</translation>
    </message>
    <message>
        <source>The file "%1" is damaged or was not completely saved. Open it in Excel and save it again.</source>
        <translation>El archivo "%1" está dañado o no se guardó por completo. Ábralo en Excel y guárdelo de nuevo.</translation>
    </message>
    <message>
        <source>The sheet "%2" of "%1" cannot be read; it may be damaged. Open the file in Excel and save it again.</source>
        <translation>No se puede leer la hoja "%2" de "%1"; puede estar dañada. Abra el archivo en Excel y guárdelo de nuevo.</translation>
    </message>
    <message>
        <source>The file "%1" is protected with a password. Remove the password in Excel (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>El archivo "%1" está protegido con contraseña. Quite la contraseña en Excel (Archivo &gt; Información &gt; Proteger libro) y guárdelo de nuevo.</translation>
    </message>
    <message>
        <source>The file "%1" is not a text list (it holds binary data). If it is a spreadsheet, give it its real extension (.xlsx, .xls, .ods).</source>
        <translation>El archivo "%1" no es una lista de texto (contiene datos binarios). Si es una hoja de cálculo, póngale su extensión real (.xlsx, .xls, .ods).</translation>
    </message>
    <message>
        <source>The file "%1" is not a well-formed text list (row %2).</source>
        <translation>El archivo "%1" no es una lista de texto bien formada (fila %2).</translation>
    </message>
    <message>
        <source>The file "%1" is not valid text from row %2 on. Save it again from Excel as "CSV UTF-8".</source>
        <translation>El archivo "%1" no tiene texto válido a partir de la fila %2. Guárdelo de nuevo desde Excel como "CSV UTF-8".</translation>
    </message>
    <message>
        <source>The sheet "%2" of "%1" is empty.</source>
        <translation>La hoja "%2" de "%1" está vacía.</translation>
    </message>
    <message>
        <source>The file "%1" has no data: every sheet is empty.</source>
        <translation>El archivo "%1" no tiene datos: todas sus hojas están vacías.</translation>
    </message>
    <message>
        <source>The file "%1" has no sheet named "%2". Its sheets are: %3.</source>
        <translation>El archivo "%1" no tiene ninguna hoja llamada "%2". Sus hojas son: %3.</translation>
    </message>
    <message>
        <source>The file "%1" is a text file: it has no sheet "%2".</source>
        <translation>El archivo "%1" es un archivo de texto: no tiene la hoja "%2".</translation>
    </message>
    <message>
        <source>The file "%1" has no column named "%2". Its columns are: %3.</source>
        <translation>El archivo "%1" no tiene ninguna columna llamada "%2". Sus columnas son: %3.</translation>
    </message>
    <message>
        <source>No column of "%1" looks like mobile numbers (its columns are: %3). Choose the phone column by hand.</source>
        <translation>Ninguna columna de "%1" parece tener números de celular (sus columnas son: %3). Elija a mano la columna del celular.</translation>
    </message>
    <message>
        <source>No column of "%1" holds the replies' text (its columns are: %3). Name the column with the text "Mensaje" or "Respuesta".</source>
        <translation>Ninguna columna de «%1» tiene el texto de las respuestas (sus columnas son: %3). Ponga el título «Mensaje» o «Respuesta» a la columna del texto.</translation>
    </message>
    <message>
        <source>The file "%1" would take %2 MB once opened, far more than any list of contacts: it may be damaged. Open it in Excel and save the contacts in a new file.</source>
        <translation>El archivo "%1" ocuparía %2 MB al abrirse, mucho más que cualquier lista de contactos: puede estar dañado. Ábralo en Excel y guarde los contactos en un archivo nuevo.</translation>
    </message>
    <message>
        <source>The file "%1" has more rows than a spreadsheet can hold (%2): it may be damaged. Open it in Excel and save it again.</source>
        <translation>El archivo "%1" tiene más filas de las que caben en una hoja de cálculo (%2): puede estar dañado. Ábralo en Excel y guárdelo de nuevo.</translation>
    </message>
    <message>
        <source>The file "%1" has a cell longer than a spreadsheet cell can be (%2, more than 32,767 characters). Correct that cell and try again.</source>
        <translation>El archivo "%1" tiene una celda más larga de lo que admite una hoja de cálculo (%2, más de 32.767 caracteres). Corrija esa celda e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <source>(Sheet "%1".)</source>
        <translation>(Hoja "%1".)</translation>
    </message>
    <message>
        <source>a cell</source>
        <translation>una celda</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>fila %1, columna %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Masiv Desktop</source>
        <translation>Masiv Desktop</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Each campaign with its state, its progress and when it was created</source>
        <translation>Cada campaña con su estado, su avance y cuándo se creó</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>Ninguna campaña seleccionada</translation>
    </message>
    <message>
        <source>Choose a campaign on the left, or start a new one: pick a spreadsheet (Excel, ODS or CSV) or drop it onto this window.</source>
        <translation>Elija una campaña a la izquierda o cree una nueva: escoja una hoja de cálculo (Excel, ODS o CSV) o arrástrela a esta ventana.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation>&amp;Abrir hoja de cálculo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Mostrar la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentación</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaña</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>E&amp;nviar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Cancel campaign…</source>
        <translation>&amp;Cancelar campaña…</translation>
    </message>
    <message>
        <source>Resend &amp;uncertain…</source>
        <translation>Reenviar &amp;inciertos…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;About Masiv Desktop</source>
        <translation>A&amp;cerca de Masiv Desktop</translation>
    </message>
    <message>
        <source>Suppression &amp;list…</source>
        <translation>&amp;Lista de exclusión…</translation>
    </message>
    <message>
        <source>Replie&amp;s…</source>
        <translation>Respue&amp;stas…</translation>
    </message>
    <message>
        <source>Open a list of recipients</source>
        <translation>Abrir una lista de destinatarios</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>About Masiv Desktop</source>
        <translation>Acerca de Masiv Desktop</translation>
    </message>
    <message>
        <source>Masiv Desktop %1

Bulk SMS campaigns through the Masiv gateway: from a spreadsheet to a delivery report.</source>
        <translation>Masiv Desktop %1

Campañas masivas de SMS a través de la pasarela de Masiv: de una hoja de cálculo a un informe de entrega.</translation>
    </message>
    <message>
        <source>Test gateway (sandbox) on this computer: nothing reaches a phone</source>
        <translation>Pasarela de pruebas (sandbox) en este equipo: nada llega a ningún teléfono</translation>
    </message>
    <message>
        <source>no user name</source>
        <translation>sin usuario</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>Cuenta %1 · %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Drop the list to start a new campaign</source>
        <translation>Suelte la lista para crear una nueva campaña</translation>
    </message>
    <message>
        <source>A campaign is sending</source>
        <translation>Hay una campaña enviando</translation>
    </message>
    <message>
        <source>Pause the campaign and close Masiv Desktop?</source>
        <translation>¿Pausar la campaña y cerrar Masiv Desktop?</translation>
    </message>
    <message>
        <source>Nothing already sent is lost. The campaign continues by itself where it stopped the next time you open Masiv Desktop.</source>
        <translation>No se pierde nada de lo ya enviado. La campaña continúa sola donde quedó la próxima vez que abra Masiv Desktop.</translation>
    </message>
    <message>
        <source>Pause and close</source>
        <translation>Pausar y cerrar</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Seguir enviando</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column holds the mobile numbers?</source>
        <translation>¿Qué columna tiene los números celulares?</translation>
    </message>
    <message>
        <source>The first rows of the list are shown below. Every column header can be used in the message as a merge field.</source>
        <translation>Abajo están las primeras filas de la lista. Cada encabezado de columna se puede usar en el mensaje como campo de combinación.</translation>
    </message>
    <message>
        <source>The column of the list that holds the mobile numbers</source>
        <translation>La columna de la lista que tiene los números celulares</translation>
    </message>
    <message>
        <source>Phone column:</source>
        <translation>Columna del celular:</translation>
    </message>
    <message>
        <source>First rows of the list</source>
        <translation>Primeras filas de la lista</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Sugerida: %1</translation>
    </message>
    <message>
        <source>No column looks like phone numbers: choose it.</source>
        <translation>Ninguna columna parece de números de teléfono: elíjala usted.</translation>
    </message>
    <message>
        <source>Merge fields for the message: %1</source>
        <translation>Campos de combinación para el mensaje: %1</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close notice</source>
        <translation>Cerrar aviso</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Smart encoding</source>
        <translation>Codificación inteligente</translation>
    </message>
    <message>
        <source>Write the message. {Nombre} inserts each recipient's cell of the column Nombre.</source>
        <translation>Escriba el mensaje. {Nombre} pone el dato de la columna Nombre de cada destinatario.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>The text each recipient gets; a column name in braces, like {Nombre}, is replaced by that recipient's cell</source>
        <translation>El texto que recibe cada destinatario; un nombre de columna entre llaves, como {Nombre}, se reemplaza por la celda de ese destinatario</translation>
    </message>
    <message>
        <source>Without accents</source>
        <translation>Sin tildes</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>Primero escriba un mensaje.</translation>
    </message>
    <message>
        <source>Sent as Unicode because of: %1 (highlighted).</source>
        <translation>Se envía como Unicode por: %1 (resaltados).</translation>
    </message>
    <message>
        <source>Writing á í ó ú without accent</source>
        <translation>Escribir á í ó ú sin tilde</translation>
    </message>
    <message numerus="yes">
        <source>%1 saves %Ln part(s): %2 → %3.</source>
        <translation>
            <numerusform>%1 ahorra %Ln parte: %2 → %3.</numerusform>
            <numerusform>%1 ahorra %Ln partes: %2 → %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Under the Masiv rule a part holds 160 characters whatever the encoding: replacing them saves no part.</source>
        <translation>Con la regla de Masiv cada parte lleva 160 caracteres sea cual sea la codificación: reemplazarlos no ahorra ninguna parte.</translation>
    </message>
    <message>
        <source>Replacing them saves no part for this message.</source>
        <translation>Reemplazarlos no ahorra ninguna parte en este mensaje.</translation>
    </message>
    <message>
        <source>Long messages are off in the settings: the gateway refuses messages over one part (error 1160).</source>
        <translation>Los mensajes largos están desactivados en la configuración: la pasarela rechaza los mensajes de más de una parte (error 1160).</translation>
    </message>
    <message>
        <source>The totals appear once the message is written and the list is read.</source>
        <translation>Los totales aparecen cuando el mensaje está escrito y la lista leída.</translation>
    </message>
    <message>
        <source>Parts per message: %1</source>
        <translation>Partes por mensaje: %1</translation>
    </message>
    <message>
        <source>characters replaced</source>
        <translation>caracteres reemplazados</translation>
    </message>
    <message>
        <source>Parts: %1 → %2.</source>
        <translation>Partes: %1 → %2.</translation>
    </message>
    <message>
        <source>&lt;b style='font-size:large'&gt;%1&lt;/b&gt; for %2</source>
        <translation>&lt;b style='font-size:large'&gt;%1&lt;/b&gt; para %2</translation>
    </message>
    <message>
        <source>%1: a control or private character; the gateway may refuse it and phones do not show it. Delete it.</source>
        <translation>%1: un carácter de control o privado; la pasarela puede rechazarlo y los celulares no lo muestran. Bórrelo.</translation>
    </message>
    <message>
        <source>%1 is not in the GSM-7 alphabet: the whole message is sent as Unicode, with fewer characters per part.</source>
        <translation>%1 no está en el alfabeto GSM-7: todo el mensaje se envía como Unicode, con menos caracteres por parte.</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Write the message</source>
        <translation>Escriba el mensaje</translation>
    </message>
    <message>
        <source>Figures update as you type. Highlighted characters make the message Unicode; merge fields take each recipient's cell.</source>
        <translation>Las cifras se actualizan mientras escribe. Los caracteres resaltados vuelven el mensaje Unicode; los campos de combinación toman el dato de cada destinatario.</translation>
    </message>
    <message>
        <source>Add the opt-out line to every message: “%1”</source>
        <translation>Agregar a cada mensaje la línea para darse de baja: «%1»</translation>
    </message>
</context>
<context>
    <name>MessageProblems</name>
    <message>
        <source>The { at character %1 is never closed: write {{ for a literal {.</source>
        <translation>La { del carácter %1 nunca se cierra: escriba {{ para una { literal.</translation>
    </message>
    <message>
        <source>The } at character %1 closes nothing: write }} for a literal }.</source>
        <translation>La } del carácter %1 no cierra nada: escriba }} para una } literal.</translation>
    </message>
    <message>
        <source>The message holds %1 at character %2, which no SMS can carry: delete it.</source>
        <translation>El mensaje tiene %1 en el carácter %2, que ningún SMS puede llevar: bórrelo.</translation>
    </message>
    <message>
        <source>%1 names no column: write {Column name}.</source>
        <translation>%1 no nombra ninguna columna: escriba {Nombre de la columna}.</translation>
    </message>
    <message>
        <source>%1 matches several columns (%2): rename one of them in the list.</source>
        <translation>%1 coincide con varias columnas (%2): cambie el nombre de una de ellas en la lista.</translation>
    </message>
    <message>
        <source>%1 matches no column of the list.</source>
        <translation>%1 no corresponde a ninguna columna de la lista.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <source>The columns are: %1.</source>
        <translation>Las columnas son: %1.</translation>
    </message>
    <message>
        <source>The list has no column headers.</source>
        <translation>La lista no tiene encabezados de columna.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>The column "%1" is empty in row %2: fill it in, or give a default such as %3.</source>
        <translation>La columna «%1» está vacía en la fila %2: llénela o dé un valor por defecto, como %3.</translation>
    </message>
</context>
<context>
    <name>NewCampaignWizard</name>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Guardar como &amp;borrador</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>No se guardó el borrador</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Programar</translation>
    </message>
</context>
<context>
    <name>OptOutFields</name>
    <message>
        <source>Opt-out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Opt-out line:</source>
        <translation>Línea para darse de baja:</translation>
    </message>
    <message>
        <source>Stop words:</source>
        <translation>Palabras de baja:</translation>
    </message>
    <message>
        <source>Replies arrive while a campaign is sending or following its statuses. A reply holding a stop word puts its number on the suppression list at once; see them all in Campaign › Replies.</source>
        <translation>Las respuestas llegan mientras una campaña se está enviando o se están siguiendo sus estados. Una respuesta con una palabra de baja pone su número en la lista de exclusión de inmediato; véalas todas en Campaña › Respuestas.</translation>
    </message>
    <message>
        <source>With an HTTP account replies do not reach this program. Export them from the Masiv platform and import the file in Campaign › Replies, or write a line that points to another channel (a web page or a phone line).</source>
        <translation>Con una cuenta HTTP las respuestas no llegan a este programa. Expórtelas desde la plataforma web de Masiv e importe el archivo en Campaña › Respuestas, o escriba una línea que remita a otro canal (una página web o una línea telefónica).</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Delivered to the phone</source>
        <translation>Entregado al teléfono</translation>
    </message>
    <message>
        <source>Delivered to the network</source>
        <translation>Entregado al operador</translation>
    </message>
    <message>
        <source>Delivery error</source>
        <translation>Error de entrega</translation>
    </message>
    <message>
        <source>General error</source>
        <translation>Error general</translation>
    </message>
    <message>
        <source>Length error</source>
        <translation>Error de longitud</translation>
    </message>
    <message>
        <source>Rejected by the gateway</source>
        <translation>Rechazado por la pasarela</translation>
    </message>
    <message>
        <source>Uncertain (may have been sent)</source>
        <translation>Incierto (quizá enviado)</translation>
    </message>
    <message>
        <source>No final status</source>
        <translation>Sin estado final</translation>
    </message>
    <message>
        <source>Pending or in progress</source>
        <translation>Pendiente o en curso</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for this session</source>
        <translation>Contraseña para esta sesión</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so Masiv Desktop cannot keep the password. Type it to send now: it is used until you close the program and is never saved.</source>
        <translation>Este equipo no tiene un almacén de contraseñas (llavero), así que Masiv Desktop no puede guardar la contraseña. Escríbala para enviar ahora: se usa hasta que cierre el programa y nunca se guarda.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Unchanged (kept in the system keyring)</source>
        <translation>Sin cambios (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <source>No password saved: type it</source>
        <translation>No hay contraseña guardada: escríbala</translation>
    </message>
    <message>
        <source>This computer has no keyring: asked for when sending</source>
        <translation>Este equipo no tiene llavero: se pedirá al enviar</translation>
    </message>
    <message>
        <source>Not needed for the sandbox</source>
        <translation>No se necesita para la pasarela de pruebas</translation>
    </message>
</context>
<context>
    <name>PhoneKind</name>
    <message>
        <source>unknown kind</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>línea fija</translation>
    </message>
    <message>
        <source>toll-free line</source>
        <translation>línea gratuita</translation>
    </message>
    <message>
        <source>premium-rate line</source>
        <translation>línea de tarifa especial</translation>
    </message>
    <message>
        <source>shared-cost line</source>
        <translation>línea de costo compartido</translation>
    </message>
    <message>
        <source>VoIP line</source>
        <translation>línea VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>número personal</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>buscapersonas</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>número de empresa</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
</context>
<context>
    <name>PhoneProblem</name>
    <message>
        <source>Format the column as Text in the original file (or re-export it from the CRM) and import again; the digits cannot be recovered from this value.</source>
        <translation>Dé formato de Texto a la columna en el archivo original (o expórtelo de nuevo desde el CRM) e impórtelo otra vez; los dígitos no se pueden recuperar de este valor.</translation>
    </message>
    <message>
        <source>Too short to be a phone number.</source>
        <translation>Demasiado corto para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>Too long to be a phone number.</source>
        <translation>Demasiado largo para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>Contains letters or symbols that are not part of a phone number.</source>
        <translation>Contiene letras o símbolos que no forman parte de un número de teléfono.</translation>
    </message>
    <message>
        <source>Holds two numbers in one cell; put each in its own row.</source>
        <translation>Tiene dos números en una celda; ponga cada uno en su propia fila.</translation>
    </message>
    <message>
        <source>Starts with a country code that does not exist.</source>
        <translation>Empieza con un indicativo de país que no existe.</translation>
    </message>
    <message>
        <source>Written in scientific notation (like 5.73E+11): Excel shortened the number and its last digits are lost.</source>
        <translation>Está escrito en notación científica (como 5,73E+11): Excel acortó el número y se perdieron sus últimos dígitos.</translation>
    </message>
    <message>
        <source>Ends in a run of zeros, as Excel leaves a number after showing it in scientific notation (5.73001E+11 becomes 573001000000): its last digits are probably lost.</source>
        <translation>Termina en una serie de ceros, como deja Excel un número después de mostrarlo en notación científica (5,73001E+11 se vuelve 573001000000): probablemente se perdieron sus últimos dígitos.</translation>
    </message>
    <message>
        <source>Has decimals: a phone number is whole digits.</source>
        <translation>Tiene decimales: un número de teléfono son solo dígitos enteros.</translation>
    </message>
    <message>
        <source>Not an existing phone number in its country (check the digits).</source>
        <translation>No es un número que exista en su país (revise los dígitos).</translation>
    </message>
    <message>
        <source>A valid number but not a mobile: an SMS to a fixed line usually fails.</source>
        <translation>Es un número válido pero no un celular: un SMS a una línea fija suele fallar.</translation>
    </message>
    <message>
        <source>Not a mobile (%1): an SMS to it usually fails.</source>
        <translation>No es un celular (%1): un SMS a ese número suele fallar.</translation>
    </message>
</context>
<context>
    <name>PreviewBox</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Recipient shown in the preview</source>
        <translation>Destinatario que se muestra en la vista previa</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Fix the merge fields to see the preview.</source>
        <translation>Corrija los campos de combinación para ver la vista previa.</translation>
    </message>
    <message>
        <source>No recipients to preview.</source>
        <translation>No hay destinatarios para mostrar.</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>Fila %1 · %2</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>accepted</source>
        <translation>aceptados</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>inciertos</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelados</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln sent</source>
        <translation>
            <numerusform>%1 de %Ln enviado</numerusform>
            <numerusform>%1 de %Ln enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln cancelled</source>
        <translation>
            <numerusform>%1 · %Ln cancelado</numerusform>
            <numerusform>%1 · %Ln cancelados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 messages a second</source>
        <translation>mensajes por segundo: %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>faltan unos %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message part(s) waiting for a final status</source>
        <translation>
            <numerusform>%Ln parte de mensaje esperando su estado final</numerusform>
            <numerusform>%Ln partes de mensaje esperando su estado final</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Commercial</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transaccional</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar arc&amp;hivos ocultos</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>El archivo %1 ya existe.
¿Desea reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Paused by you.</source>
        <translation>Pausada por usted.</translation>
    </message>
    <message>
        <source>Paused with Ctrl-C.</source>
        <translation>Pausada desde la línea de comandos (Ctrl-C).</translation>
    </message>
    <message>
        <source>Paused because Masiv Desktop was closed; it continues when the program starts.</source>
        <translation>Se pausó al cerrar Masiv Desktop; continúa sola cuando el programa vuelva a abrir.</translation>
    </message>
    <message>
        <source>The gateway cannot be reached (no connection). Check the internet connection and the gateway address, then resume.</source>
        <translation>No hay conexión con la pasarela. Revise la conexión a internet y la dirección de la pasarela, y luego reanude.</translation>
    </message>
    <message>
        <source>The setting %1 cannot be sent to the gateway: %2 Fix it in the settings, then resume.</source>
        <translation>La configuración %1 no se puede enviar a la pasarela: %2 Corríjala en la configuración y luego reanude.</translation>
    </message>
    <message>
        <source>Waiting for the next allowed window (Ley 2300 contact hours): sending resumes by itself at %1.</source>
        <translation>Fuera del horario de contacto que permite la Ley 2300: el envío continúa solo el %1.</translation>
    </message>
    <message>
        <source>The contact window opened: sending resumed.</source>
        <translation>Se abrió el horario de contacto: el envío continuó.</translation>
    </message>
    <message>
        <source>Paused after an internal error; resume to continue.</source>
        <translation>Se pausó por un error interno del programa; reanude para continuar.</translation>
    </message>
    <message>
        <source>Sending stopped because of an internal error; details are in the log. Resume to continue.</source>
        <translation>El envío se detuvo por un error interno del programa (los detalles están en el registro). Reanude para continuar.</translation>
    </message>
    <message>
        <source>The disk is full: free some space and press Resume.</source>
        <translation>El disco está lleno: libere espacio y pulse Reanudar.</translation>
    </message>
    <message>
        <source>The program's data file cannot be written (it is read-only): make it writable and press Resume.</source>
        <translation>No se puede escribir en el archivo de datos del programa (es de solo lectura): permita escribir en él y pulse Reanudar.</translation>
    </message>
    <message>
        <source>The team store stopped answering: check the network and that its server is running, then press Resume. Messages being sent then are marked uncertain.</source>
        <translation>La base de datos compartida dejó de responder: revise la red y que su servidor esté encendido, y pulse Reanudar. Los mensajes que se estaban enviando en ese momento quedan como inciertos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) were being sent when the program stopped: they are marked uncertain (they may have received the message) and are not sent again unless you choose to.</source>
        <translation>
            <numerusform>%Ln destinatario se estaba enviando cuando el programa se cerró: queda como incierto (puede haber recibido el mensaje) y no se le envía de nuevo a menos que usted lo decida.</numerusform>
            <numerusform>%Ln destinatarios se estaban enviando cuando el programa se cerró: quedan como inciertos (pueden haber recibido el mensaje) y no se les envía de nuevo a menos que usted lo decida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln part(s) of the message were accepted.</source>
        <translation>
            <numerusform>Solo se aceptó %Ln parte del mensaje.</numerusform>
            <numerusform>Solo se aceptaron %Ln partes del mensaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway asked to slow down; sending at about %1 per second for a while.</source>
        <translation>La pasarela pidió ir más despacio; se envían unos %1 por segundo durante un rato.</translation>
    </message>
    <message>
        <source>Status polling stopped: the gateway refused the account (error %1). Check the account, then poll again.</source>
        <translation>Se dejaron de consultar los estados: la pasarela rechazó la cuenta (error %1). Revise la cuenta y vuelva a consultar.</translation>
    </message>
    <message>
        <source>The gateway is not answering (no connection). Retrying; if it still does not answer, the campaign pauses. Nothing is lost.</source>
        <translation>La pasarela no responde (sin conexión). Se está reintentando; si sigue sin responder, la campaña se pausará. No se pierde nada.</translation>
    </message>
    <message>
        <source>The gateway answers again; sending continues.</source>
        <translation>La pasarela responde de nuevo; el envío continúa.</translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent; it may have gone out.</source>
        <translation>El programa se detuvo mientras se enviaba este mensaje; es posible que se haya enviado.</translation>
    </message>
    <message>
        <source>Internal error while sending (%1); the message may have gone out.</source>
        <translation>Error interno al enviar (%1); es posible que el mensaje se haya enviado.</translation>
    </message>
    <message>
        <source>Its send time passed before it could be handed to the gateway (the campaign was paused or stopped); it was not sent, rather than arrive late.</source>
        <translation>Su hora de envío pasó antes de poder entregarlo a la pasarela (la campaña estaba en pausa o detenida); no se envió, para que no llegue tarde.</translation>
    </message>
    <message>
        <source>The gateway refused the account (error %1, "%2"). Check the user name and password in the settings, then resume.</source>
        <translation>La pasarela rechazó la cuenta (error %1, «%2»). Revise el usuario y la contraseña en la configuración y luego reanude.</translation>
    </message>
    <message>
        <source>The account has no credits left (error %1, "%2"). Top it up, then resume.</source>
        <translation>La cuenta se quedó sin créditos (error %1, «%2»). Recárguela y luego reanude.</translation>
    </message>
    <message>
        <source>The gateway answered error %1 ("%2"): a defect of Masiv Desktop, written to the log. Please report it with the log file.</source>
        <translation>La pasarela respondió el error %1 («%2»): es un defecto de Masiv Desktop y quedó en el registro. Por favor, repórtelo con el archivo de registro.</translation>
    </message>
    <message>
        <source>The gateway answered error %1 ("%2") and sending stopped.</source>
        <translation>La pasarela respondió el error %1 («%2») y el envío se detuvo.</translation>
    </message>
</context>
<context>
    <name>ReasonBar</name>
    <message>
        <source>This campaign has not been sent. Check the message and the recipients, then press Send…</source>
        <translation>Esta campaña aún no se ha enviado. Revise el mensaje y los destinatarios y luego pulse Enviar…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>RecipientState</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>The message could not be delivered to the phone (gateway status 4: delivery error).</source>
        <translation>No se pudo entregar el mensaje al teléfono (estado 4 de la pasarela: error de entrega).</translation>
    </message>
    <message>
        <source>The gateway reported a general error for this message (gateway status 5).</source>
        <translation>La pasarela informó un error general para este mensaje (estado 5 de la pasarela).</translation>
    </message>
    <message>
        <source>The gateway reported a length error for this message (gateway status 6).</source>
        <translation>La pasarela informó un error de longitud para este mensaje (estado 6 de la pasarela).</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Gateway status</source>
        <translation>Estado en la pasarela</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Hora de envío</translation>
    </message>
    <message>
        <source>Status time</source>
        <translation>Hora del estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Search a number or a name</source>
        <translation>Buscar un número o un nombre</translation>
    </message>
    <message>
        <source>Show the recipients</source>
        <translation>Mostrar los destinatarios</translation>
    </message>
    <message>
        <source>Search the recipients</source>
        <translation>Buscar en los destinatarios</translation>
    </message>
    <message>
        <source>Shows only the rows whose number or name contains what you type</source>
        <translation>Muestra solo las filas cuyo número o nombre contiene lo que escriba</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>One row per recipient with its number, its status and the gateway's answer</source>
        <translation>Una fila por destinatario con su número, su estado y la respuesta de la pasarela</translation>
    </message>
    <message>
        <source>Rows refused at import</source>
        <translation>Filas rechazadas al importar</translation>
    </message>
    <message>
        <source>All recipients</source>
        <translation>Todos los destinatarios</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Inciertos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>Refused at import</source>
        <translation>Rechazadas al importar</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
</context>
<context>
    <name>RefusalWords</name>
    <message>
        <source>%1 is outside the hours allowed for commercial messages (Ley 2300) for some recipients:</source>
        <translation>%1 está fuera del horario permitido para mensajes comerciales (Ley 2300) para algunos destinatarios:</translation>
    </message>
    <message>
        <source>%1 is outside the hours allowed for commercial messages (Ley 2300):</source>
        <translation>%1 está fuera del horario permitido para mensajes comerciales (Ley 2300):</translation>
    </message>
    <message>
        <source>The next time allowed for every recipient is %1.</source>
        <translation>La siguiente hora permitida para todos los destinatarios es %1.</translation>
    </message>
    <message>
        <source>%1 is outside the hours allowed for commercial messages (Ley 2300): %2.</source>
        <translation>%1 está fuera del horario permitido para mensajes comerciales (Ley 2300): %2.</translation>
    </message>
    <message>
        <source>Left out of this campaign, because the contact hours are closed there at this time (they are listed among the rows not sent, with the reason):</source>
        <translation>Quedan fuera de esta campaña, porque allí el horario de contacto está cerrado a esta hora (aparecen entre las filas no enviadas, con el motivo):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more number(s) in other places</source>
        <translation>
            <numerusform>%Ln número más en otros lugares</numerusform>
            <numerusform>%Ln números más en otros lugares</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown country</source>
        <translation>un país desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) in %1: there it would be %2 on %3, %4</source>
        <translation>
            <numerusform>%Ln número de %1: allí serían las %2 del %3, %4</numerusform>
            <numerusform>%Ln números de %1: allí serían las %2 del %3, %4</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1: it would be %2 on %3, %4</source>
        <translation>En %1: serían las %2 del %3, %4</translation>
    </message>
    <message>
        <source>%1: %2, a public holiday</source>
        <translation>%1: %2, festivo</translation>
    </message>
    <message>
        <source>no commercial messages on a %1</source>
        <translation>no se permiten mensajes comerciales un %1</translation>
    </message>
    <message>
        <source>outside the allowed hours (%1 to %2)</source>
        <translation>fuera del horario permitido (%1 a %2)</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Number as written</source>
        <translation>Número como está escrito</translation>
    </message>
    <message>
        <source>Why it is not sent</source>
        <translation>Por qué no se envía</translation>
    </message>
</context>
<context>
    <name>RefusedRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Number as written</source>
        <translation>Número como está escrito</translation>
    </message>
    <message>
        <source>Why it is not sent</source>
        <translation>Por qué no se envía</translation>
    </message>
</context>
<context>
    <name>RepliesDialog</name>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Find a number, a word or a campaign…</source>
        <translation>Buscar un número, una palabra o una campaña…</translation>
    </message>
    <message>
        <source>Find replies</source>
        <translation>Buscar respuestas</translation>
    </message>
    <message>
        <source>Import a replies file…</source>
        <translation>Importar un archivo de respuestas…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Replies to your campaigns arrive while a campaign is sending or following its statuses. A reply with a stop word (SALIR, BAJA…) puts its number on the suppression list at once.</source>
        <translation>Las respuestas a sus campañas llegan mientras una campaña se está enviando o se están siguiendo sus estados. Una respuesta con una palabra de baja (SALIR, BAJA…) pone su número en la lista de exclusión de inmediato.</translation>
    </message>
    <message>
        <source>With an HTTP account replies do not reach this program: export them from the Masiv platform and import the file here. Replies with a stop word (SALIR, BAJA…) put their number on the suppression list.</source>
        <translation>Con una cuenta HTTP las respuestas no llegan a este programa: expórtelas desde la plataforma web de Masiv e importe aquí el archivo. Las respuestas con una palabra de baja (SALIR, BAJA…) ponen su número en la lista de exclusión.</translation>
    </message>
    <message>
        <source>%1 of %2 replies match</source>
        <translation>%1 de %2 respuestas coinciden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(ies)</source>
        <translation>
            <numerusform>%Ln respuesta</numerusform>
            <numerusform>%Ln respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest %1 are shown</source>
        <translation>se muestran las %1 más recientes</translation>
    </message>
    <message>
        <source>Export the replies</source>
        <translation>Exportar las respuestas</translation>
    </message>
    <message>
        <source>replies.xlsx</source>
        <translation>respuestas.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(ies) written to %1.</source>
        <translation>
            <numerusform>%Ln respuesta guardada en %1.</numerusform>
            <numerusform>%Ln respuestas guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the replies exported from the Masiv platform</source>
        <translation>Importar las respuestas exportadas desde la plataforma web de Masiv</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Listas (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(ies) kept</source>
        <translation>
            <numerusform>%Ln respuesta guardada</numerusform>
            <numerusform>%Ln respuestas guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asked to stop</source>
        <translation>
            <numerusform>%Ln pidió la baja</numerusform>
            <numerusform>%Ln pidieron la baja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added to the suppression list</source>
        <translation>
            <numerusform>%Ln número agregado a la lista de exclusión</numerusform>
            <numerusform>%Ln números agregados a la lista de exclusión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already imported</source>
        <translation>
            <numerusform>%Ln ya importada</numerusform>
            <numerusform>%Ln ya importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) without a phone number</source>
        <translation>
            <numerusform>%Ln fila sin número de teléfono</numerusform>
            <numerusform>%Ln filas sin número de teléfono</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was kept.</source>
        <translation>La importación se canceló; no se guardó nada.</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Este archivo no se puede importar:</translation>
    </message>
    <message>
        <source>The replies could not be read or written (%1). Details are in the log.</source>
        <translation>No se pudieron leer ni guardar las respuestas (%1). Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>RepliesModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Baja</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>%1 - delivery report</source>
        <translation>%1 - informe de entrega</translation>
    </message>
    <message>
        <source>Writing the report %1…</source>
        <translation>Escribiendo el informe %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>No se pudo generar el informe: %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the delivery report</source>
        <translation>Guardar el informe de entrega</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Recipients by final result</source>
        <translation>Destinatarios por resultado final</translation>
    </message>
    <message>
        <source>Waiting for the first delivery reports…</source>
        <translation>Esperando las primeras confirmaciones de entrega…</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Todavía no se ha enviado nada.</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 entregado</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln recipient(s) got the message (on the phone or in the operator's network).</source>
        <translation>
            <numerusform>%1 de %Ln destinatario recibió el mensaje (en el teléfono o en la red del operador).</numerusform>
            <numerusform>%1 de %Ln destinatarios recibieron el mensaje (en el teléfono o en la red del operador).</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign is not finished: these figures may still change.</source>
        <translation>La campaña no ha terminado: estas cifras aún pueden cambiar.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Informe guardado: %1</translation>
    </message>
</context>
<context>
    <name>ReportWord</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>Informe de entrega</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Campaign number</source>
        <translation>Número de campaña</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>List file</source>
        <translation>Archivo de la lista</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Programada para</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Sending finished</source>
        <translation>Envío terminado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Informe generado</translation>
    </message>
    <message>
        <source>Rows in the list</source>
        <translation>Filas de la lista</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Recipients by result</source>
        <translation>Destinatarios por resultado</translation>
    </message>
    <message>
        <source>The campaign is not finished: the figures may still change.</source>
        <translation>La campaña no ha terminado: las cifras pueden cambiar.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Final text</source>
        <translation>Texto enviado</translation>
    </message>
    <message>
        <source>Gateway status</source>
        <translation>Estado en la pasarela</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Código de estado</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Status time</source>
        <translation>Hora del estado</translation>
    </message>
    <message>
        <source>Message ids</source>
        <translation>Id. de mensajes</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Valor leído</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rules applied (Ley 2300)</source>
        <translation>Reglas aplicadas (Ley 2300)</translation>
    </message>
    <message>
        <source>Contact window</source>
        <translation>Horario de contacto</translation>
    </message>
    <message>
        <source>closed on Sundays and holidays</source>
        <translation>domingos y festivos cerrado</translation>
    </message>
    <message>
        <source>ignored (transactional)</source>
        <translation>ignorado (transaccional)</translation>
    </message>
    <message>
        <source>One commercial contact a day</source>
        <translation>Un contacto comercial al día</translation>
    </message>
    <message>
        <source>applied: people already contacted today were refused</source>
        <translation>aplicado: los ya contactados hoy se rechazaron</translation>
    </message>
    <message>
        <source>released by the user: people already contacted today were sent to as well</source>
        <translation>liberado por el usuario: también se envió a los ya contactados hoy</translation>
    </message>
    <message>
        <source>not applied (transactional)</source>
        <translation>no aplica (transaccional)</translation>
    </message>
    <message>
        <source>Numbers that are not mobiles</source>
        <translation>Números que no son celulares</translation>
    </message>
    <message>
        <source>sent to, by the user's choice</source>
        <translation>enviados por decisión del usuario</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <source>RNE last imported</source>
        <translation>Última importación del RNE</translation>
    </message>
    <message>
        <source>never imported</source>
        <translation>nunca importado</translation>
    </message>
    <message>
        <source>Opt-out footer</source>
        <translation>Línea para darse de baja</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not recorded (older campaign)</source>
        <translation>no registrado (campaña anterior)</translation>
    </message>
    <message>
        <source>Message ids the gateway gave to more than one recipient (anomaly)</source>
        <translation>Id. de mensaje que la pasarela dio a más de un destinatario (anomalía)</translation>
    </message>
    <message>
        <source>Replies received</source>
        <translation>Respuestas recibidas</translation>
    </message>
    <message>
        <source>Opt-outs by reply</source>
        <translation>Bajas por respuesta</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Hora de envío</translation>
    </message>
    <message>
        <source>Each row's send time, from column</source>
        <translation>Hora de envío de cada fila, de la columna</translation>
    </message>
    <message>
        <source>First send time</source>
        <translation>Primera hora de envío</translation>
    </message>
    <message>
        <source>Last send time</source>
        <translation>Última hora de envío</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 después</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>The list cannot be read:</source>
        <translation>No se puede leer la lista:</translation>
    </message>
    <message>
        <source>The message has a problem:</source>
        <translation>El mensaje tiene un problema:</translation>
    </message>
    <message>
        <source>The send time cannot be used; go back to the schedule:</source>
        <translation>La hora de envío no se puede usar; vuelva a la programación:</translation>
    </message>
    <message>
        <source>The campaign cannot be created:</source>
        <translation>No se puede crear la campaña:</translation>
    </message>
    <message>
        <source>Unexpected problem (details are in the log):</source>
        <translation>Problema inesperado (los detalles están en el registro):</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Commercial messages may not be sent now (Ley 2300 contact hours); sending waits until %1.</source>
        <translation>Ahora no se pueden enviar mensajes comerciales (horario de contacto de la Ley 2300); el envío espera hasta %1.</translation>
    </message>
    <message>
        <source>The messages do not fit in one allowed period; they are delivered in these periods:</source>
        <translation>Los mensajes no caben en un solo horario permitido; se entregan en estos periodos:</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>%1, your time (%2) — sent to the gateway as %3 (%4)</source>
        <translation>%1, su hora (%2) — se envía a la pasarela como %3 (%4)</translation>
    </message>
    <message>
        <source>%1 in all, up to %2 per message</source>
        <translation>%1 en total, hasta %2 por mensaje</translation>
    </message>
    <message>
        <source>This gateway is a sandbox on this computer and contacts nobody: the contact hours are shown but not enforced. A real gateway would follow them.</source>
        <translation>Esta es la pasarela de pruebas de este equipo y no contacta a nadie: el horario de contacto se muestra pero no se aplica. Una pasarela real sí lo respetaría.</translation>
    </message>
    <message>
        <source>The RNE (Registro de Números Excluidos) has never been imported: numbers that refused commercial messages may be contacted. Download it from the CRC and import it (“Import the RNE list…”, or the menu Campaign › Suppression list).</source>
        <translation>El RNE (Registro de Números Excluidos) nunca se ha importado: se podría contactar a números que rechazaron los mensajes comerciales. Descárguelo de la CRC e impórtelo (“Importar la lista RNE…”, o el menú Campaña › Lista de exclusión).</translation>
    </message>
</context>
<context>
    <name>ReviewCounts</name>
    <message numerus="yes">
        <source>At the expected speed the campaign needs about %1; the allowed hours end at %2, so about %3 of %Ln message(s) will wait for the next allowed period (sending resumes by itself while the program runs).</source>
        <translation>
            <numerusform>A la velocidad esperada la campaña necesita cerca de %1; el horario permitido termina a las %2, así que unos %3 de %Ln mensaje esperarán al siguiente horario permitido (el envío sigue solo mientras el programa esté abierto).</numerusform>
            <numerusform>A la velocidad esperada la campaña necesita cerca de %1; el horario permitido termina a las %2, así que unos %3 de %Ln mensajes esperarán al siguiente horario permitido (el envío sigue solo mientras el programa esté abierto).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln mensaje desde %1 hasta %2</numerusform>
            <numerusform>%Ln mensajes desde %1 hasta %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent as Unicode</source>
        <translation>
            <numerusform>%Ln enviado como Unicode</numerusform>
            <numerusform>%Ln enviados como Unicode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The RNE list was last imported on %1, %Ln day(s) ago; import the CRC's current file (“Import the RNE list…”, or the menu Campaign › Suppression list).</source>
        <translation>
            <numerusform>La lista RNE se importó por última vez el %1, hace %Ln día; importe el archivo vigente de la CRC (“Importar la lista RNE…”, o el menú Campaña › Lista de exclusión).</numerusform>
            <numerusform>La lista RNE se importó por última vez el %1, hace %Ln días; importe el archivo vigente de la CRC (“Importar la lista RNE…”, o el menú Campaña › Lista de exclusión).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and confirm</source>
        <translation>Revise y confirme</translation>
    </message>
    <message>
        <source>Check the figures. Nothing is sent until you confirm.</source>
        <translation>Revise las cifras. No se envía nada hasta que usted confirme.</translation>
    </message>
    <message>
        <source>Commercial or collection</source>
        <translation>Comercial o de cobranza</translation>
    </message>
    <message>
        <source>Transactional (codes, service notices)</source>
        <translation>Transaccional (códigos, avisos de servicio)</translation>
    </message>
    <message>
        <source>Send outside the contact hours</source>
        <translation>Enviar fuera del horario de contacto</translation>
    </message>
    <message>
        <source>Campaign name:</source>
        <translation>Nombre de la campaña:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Propósito:</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Lista:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <source>SMS parts:</source>
        <translation>Partes de SMS:</translation>
    </message>
    <message>
        <source>Estimated cost:</source>
        <translation>Costo estimado:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Add the opt-out line: “%1”</source>
        <translation>Agregar la línea para darse de baja: «%1»</translation>
    </message>
    <message>
        <source>Codes and service notices: no daily limit, RNE not applied, no opt-out line.</source>
        <translation>Códigos y avisos de servicio: sin límite diario, sin RNE y sin línea para darse de baja.</translation>
    </message>
    <message>
        <source>Ley 2300 applies: contact hours, one contact a day per person, RNE, opt-out line.</source>
        <translation>Aplica la Ley 2300: horario de contacto, un contacto al día por persona, RNE y línea para darse de baja.</translation>
    </message>
    <message>
        <source>Preparing the campaign…</source>
        <translation>Preparando la campaña…</translation>
    </message>
    <message>
        <source>%1 · phone column “%2” (%3)</source>
        <translation>%1 · columna del celular «%2» (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s) (%2 not sent)</source>
        <translation>
            <numerusform>%1 de %Ln fila (no se envían: %2)</numerusform>
            <numerusform>%1 de %Ln filas (no se envían: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) over one part, and long messages are off in the settings: the gateway will refuse them (error 1160).</source>
        <translation>
            <numerusform>%Ln mensaje ocupa más de una parte y los mensajes largos están desactivados en la configuración: la pasarela lo rechazará (error 1160).</numerusform>
            <numerusform>%Ln mensajes ocupan más de una parte y los mensajes largos están desactivados en la configuración: la pasarela los rechazará (error 1160).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln parte de SMS</numerusform>
            <numerusform>%Ln partes de SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled messages cannot be cancelled: once the gateway has them, they are delivered at the scheduled time even if you cancel the campaign.</source>
        <translation>Los mensajes programados no se pueden cancelar: cuando la pasarela los recibe, se entregan a la hora programada aunque usted cancele la campaña.</translation>
    </message>
    <message>
        <source>Saving the campaign…</source>
        <translation>Guardando la campaña…</translation>
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation>No se pudo guardar la campaña: %1</translation>
    </message>
</context>
<context>
    <name>RowCheck</name>
    <message>
        <source>Same number as row %1; only the first is kept.</source>
        <translation>Mismo número que la fila %1; solo se conserva el primero.</translation>
    </message>
    <message>
        <source>On the suppression list (opt-out, RNE or complaint): it will not be sent.</source>
        <translation>En la lista de exclusión (baja voluntaria, RNE o queja): no se le enviará.</translation>
    </message>
    <message>
        <source>Already sent a commercial message today by another campaign (Ley 2300: one contact a day); kept only if you allow a second contact.</source>
        <translation>Ya recibió hoy un mensaje comercial de otra campaña (Ley 2300: un contacto al día); solo se conserva si usted permite un segundo contacto.</translation>
    </message>
    <message>
        <source>The phone cell is empty.</source>
        <translation>La celda del teléfono está vacía.</translation>
    </message>
    <message>
        <source>Another campaign's commercial message reaches this number on %1, the day of this row's send time (Ley 2300: one contact a day); kept only if you allow a second contact.</source>
        <translation>Un mensaje comercial de otra campaña llega a este número el %1, el día de la hora de envío de esta fila (Ley 2300: un contacto al día); se conserva solo si usted permite un segundo contacto.</translation>
    </message>
    <message>
        <source>The send time in column %1 is empty: this row has no time to be sent.</source>
        <translation>La hora de envío en la columna %1 está vacía: esta fila no tiene hora para enviarse.</translation>
    </message>
    <message>
        <source>The send time in column %1 ("%2") is not a date and time such as 2026-12-09 10:00 or 09/12/2026 10:00.</source>
        <translation>La hora de envío en la columna %1 («%2») no es una fecha y hora como 2026-12-09 10:00 o 09/12/2026 10:00.</translation>
    </message>
    <message>
        <source>The send time in column %1 ("%2") has a date but no time of day.</source>
        <translation>La hora de envío en la columna %1 («%2») tiene fecha pero no hora.</translation>
    </message>
    <message>
        <source>The send time %3 (column %1, "%2", with the shift) has already passed; it is not sent now.</source>
        <translation>La hora de envío %3 (columna %1, «%2», con el desplazamiento) ya pasó; no se envía ahora.</translation>
    </message>
    <message>
        <source>Outside the hours allowed in its country at the scheduled time (Ley 2300); left out of this campaign by your choice.</source>
        <translation>Fuera del horario permitido en su país a la hora programada (Ley 2300); se dejó fuera de esta campaña por decisión suya.</translation>
    </message>
</context>
<context>
    <name>RowTimesTexts</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 después</translation>
    </message>
    <message>
        <source>Each row at its own time, from column “%1”%2, your time (%3): from %4 to %5</source>
        <translation>Cada fila a su propia hora, de la columna «%1»%2, hora local (%3): desde %4 hasta %5</translation>
    </message>
    <message>
        <source>Messages per day:</source>
        <translation>Mensajes por día:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commercial message(s) outside the allowed hours (Ley 2300) move earlier, to the end of the allowed period before their time.</source>
        <translation>
            <numerusform>%Ln mensaje comercial fuera del horario permitido (Ley 2300) se adelanta al final del periodo permitido anterior a su hora.</numerusform>
            <numerusform>%Ln mensajes comerciales fuera del horario permitido (Ley 2300) se adelantan al final del periodo permitido anterior a su hora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commercial message(s) outside the allowed hours move later, to the next opening: the period before has already passed.</source>
        <translation>
            <numerusform>%Ln mensaje comercial fuera del horario permitido se pasa a la siguiente apertura: el periodo anterior ya pasó.</numerusform>
            <numerusform>%Ln mensajes comerciales fuera del horario permitido se pasan a la siguiente apertura: el periodo anterior ya pasó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have an empty, unreadable or past send time and are not sent (they are listed among the rows not sent).</source>
        <translation>
            <numerusform>%Ln fila tiene la hora de envío vacía, ilegible o ya pasada y no se envía (aparece entre las filas no enviadas).</numerusform>
            <numerusform>%Ln filas tienen la hora de envío vacía, ilegible o ya pasada y no se envían (aparecen entre las filas no enviadas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunProblem</name>
    <message>
        <source>This campaign is being sent by another Masiv Desktop window or a 'masiv' command. Wait for it to finish, or pause it there.</source>
        <translation>Otra ventana de Masiv Desktop o un comando 'masiv' está enviando esta campaña. Espere a que termine o páusela desde allí.</translation>
    </message>
    <message>
        <source>The account settings cannot be used: %1</source>
        <translation>La configuración de la cuenta no se puede usar: %1</translation>
    </message>
    <message>
        <source>This campaign was cancelled: nothing can be sent again.</source>
        <translation>Esta campaña se canceló: no se puede volver a enviar nada.</translation>
    </message>
    <message>
        <source>Pause the campaign before sending its uncertain recipients again.</source>
        <translation>Pause la campaña antes de volver a enviar a sus destinatarios inciertos.</translation>
    </message>
    <message>
        <source>The campaign could not be started: %1</source>
        <translation>No se pudo iniciar la campaña: %1</translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <source>Sandbox: nothing reaches real phones. Campaigns run against a test gateway on this computer.</source>
        <translation>Modo de prueba: nada llega a teléfonos reales. Las campañas se envían a la pasarela de pruebas de este equipo.</translation>
    </message>
    <message>
        <source>Set up my account…</source>
        <translation>Configurar mi cuenta…</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>When should it be sent?</source>
        <translation>¿Cuándo se envía?</translation>
    </message>
    <message>
        <source>Commercial messages may reach people only in the hours the law allows (Ley 2300).</source>
        <translation>Los mensajes comerciales solo pueden llegar a las personas en el horario que permite la ley (Ley 2300).</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>From a column of the list</source>
        <translation>Según una columna</translation>
    </message>
    <message>
        <source>Date and time to send</source>
        <translation>Fecha y hora de envío</translation>
    </message>
    <message>
        <source>In your time (%1)</source>
        <translation>En su hora (%1)</translation>
    </message>
    <message>
        <source>your time (%1)</source>
        <translation>su hora (%1)</translation>
    </message>
    <message>
        <source>Include them again</source>
        <translation>Incluirlos de nuevo</translation>
    </message>
    <message>
        <source>Scheduled messages cannot be cancelled: once the gateway has them, they are delivered at the scheduled time even if you cancel the campaign.</source>
        <translation>Los mensajes programados no se pueden cancelar: cuando la pasarela los recibe, se entregan a la hora programada aunque usted cancele la campaña.</translation>
    </message>
    <message>
        <source>The list has no column to read the times from.</source>
        <translation>La lista no tiene una columna de donde leer las horas.</translation>
    </message>
    <message>
        <source>Sent to the gateway as %1 (%2 time)</source>
        <translation>Se envía a la pasarela como %1 (hora de %2)</translation>
    </message>
    <message>
        <source>For the recipients: %1</source>
        <translation>Para los destinatarios: %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>At a &amp;date and time</source>
        <translation>En una &amp;fecha y hora</translation>
    </message>
    <message>
        <source>In the gateway's own format (sendondate, MM/DD/YYYY, month first): %1</source>
        <translation>En el formato propio de la pasarela (sendondate, MM/DD/AAAA, primero el mes): %1</translation>
    </message>
    <message>
        <source>This time has already passed; choose a later one.</source>
        <translation>Esa hora ya pasó; elija una posterior.</translation>
    </message>
    <message numerus="yes">
        <source>Leave out these %Ln number(s)</source>
        <translation>
            <numerusform>Dejar fuera este %Ln número</numerusform>
            <numerusform>Dejar fuera estos %Ln números</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox contacts nobody, so this time is kept; a real gateway would refuse it.</source>
        <translation>La pasarela de pruebas no contacta a nadie, así que se conserva esta hora; una pasarela real la rechazaría.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send the campaign</source>
        <translation>Enviar la campaña</translation>
    </message>
    <message>
        <source>Send “%1”?</source>
        <translation>¿Enviar «%1»?</translation>
    </message>
    <message>
        <source>the sandbox on this computer (nothing reaches real phones)</source>
        <translation>la pasarela de pruebas de este equipo (nada llega a teléfonos reales)</translation>
    </message>
    <message>
        <source>your Masiv account %1</source>
        <translation>su cuenta de Masiv %1</translation>
    </message>
    <message>
        <source>%1, %2 in all, through %3.</source>
        <translation>%1, %2 en total, a través de %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinatario</numerusform>
            <numerusform>%Ln destinatarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln parte de SMS</numerusform>
            <numerusform>%Ln partes de SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>where messages go: sandbox (built in, sends nothing real), production (api.masivapp.com), fixed_ip (api.masiv.co), test (dev.stratec.com.co) or custom (gateway_url)</source>
        <translation>a dónde van los mensajes: sandbox (incluida, no envía nada real), production (api.masivapp.com), fixed_ip (api.masiv.co), test (dev.stratec.com.co) o custom (gateway_url)</translation>
    </message>
    <message>
        <source>the gateway's base address when gateway_preset is custom</source>
        <translation>la dirección base de la pasarela cuando gateway_preset es custom</translation>
    </message>
    <message>
        <source>the Masiv account's user name (the password is in the system keyring)</source>
        <translation>el usuario de la cuenta Masiv (la contraseña está en el almacén de contraseñas del sistema)</translation>
    </message>
    <message>
        <source>the sender shown on the phones (up to 16 characters; empty: the account's)</source>
        <translation>el remitente que se ve en los teléfonos (hasta 16 caracteres; vacío: el de la cuenta)</translation>
    </message>
    <message>
        <source>country assumed for numbers written without a country code</source>
        <translation>el país que se supone para los números escritos sin código de país</translation>
    </message>
    <message>
        <source>how messages are cut into billable parts: masiv, gsm or smpp</source>
        <translation>cómo se dividen los mensajes en partes facturables: masiv, gsm o smpp</translation>
    </message>
    <message>
        <source>allow messages longer than 160 characters (sent in several parts)</source>
        <translation>permitir mensajes de más de 160 caracteres (se envían en varias partes)</translation>
    </message>
    <message>
        <source>time zone the gateway reads scheduled send times in</source>
        <translation>la zona horaria en la que la pasarela lee las horas de envío programadas</translation>
    </message>
    <message>
        <source>requests sent at the same time (1-64)</source>
        <translation>solicitudes enviadas a la vez (1-64)</translation>
    </message>
    <message>
        <source>most messages per second (empty or 'unlimited': no limit)</source>
        <translation>máximo de mensajes por segundo (vacío o 'unlimited': sin límite)</translation>
    </message>
    <message>
        <source>the rate counts parts rather than messages</source>
        <translation>la velocidad cuenta partes en lugar de mensajes</translation>
    </message>
    <message>
        <source>how long delivery statuses are asked for after sending</source>
        <translation>durante cuánto tiempo se consultan los estados de entrega después de enviar</translation>
    </message>
    <message>
        <source>language of the program: es, en, or empty to follow the system</source>
        <translation>el idioma del programa: es, en, o vacío para seguir el del sistema</translation>
    </message>
    <message>
        <source>your own mobile number, for 'send a test'</source>
        <translation>su propio número de celular, para «enviar una prueba»</translation>
    </message>
    <message>
        <source>how the account talks to Masiv: http (the HTTP API) or smpp (SMPP 3.4, for accounts Estratec enabled for it)</source>
        <translation>cómo se comunica la cuenta con Masiv: http (la API HTTP) o smpp (SMPP 3.4, para cuentas que Estratec habilitó para ello)</translation>
    </message>
    <message>
        <source>the SMPP server's address Estratec gave (for account_type smpp)</source>
        <translation>la dirección del servidor SMPP que le dio Estratec (para account_type smpp)</translation>
    </message>
    <message>
        <source>the SMPP server's port (default 9500)</source>
        <translation>el puerto del servidor SMPP (predeterminado: 9500)</translation>
    </message>
    <message>
        <source>the SMPP system id (empty: the user name)</source>
        <translation>el system id de SMPP (vacío: el usuario)</translation>
    </message>
    <message>
        <source>the SMPP system type, when Estratec asks for one (usually empty)</source>
        <translation>el system type de SMPP, cuando Estratec lo pide (normalmente vacío)</translation>
    </message>
    <message>
        <source>messages awaiting the SMPP server's answer at once (1-100)</source>
        <translation>mensajes que esperan a la vez la respuesta del servidor SMPP (1-100)</translation>
    </message>
    <message>
        <source>connect to the SMPP server over TLS (only if Estratec offers it)</source>
        <translation>conectarse al servidor SMPP con TLS (solo si Estratec lo ofrece)</translation>
    </message>
    <message>
        <source>send long messages whole in message_payload instead of concatenated parts (only if Estratec asks for it)</source>
        <translation>enviar los mensajes largos enteros en message_payload en lugar de en partes concatenadas (solo si Estratec lo pide)</translation>
    </message>
    <message>
        <source>hours when commercial messages may reach people (Ley 2300), e.g. 'mon-fri 07:00-19:00; sat 08:00-15:00'; Sundays and holidays are always closed</source>
        <translation>las horas en que los mensajes comerciales pueden llegar a las personas (Ley 2300), p. ej. 'mon-fri 07:00-19:00; sat 08:00-15:00'; los domingos y festivos siempre están cerrados</translation>
    </message>
    <message>
        <source>the line added to commercial messages so people can opt out (replies reach the program over SMPP only; with an HTTP account import the replies file the Masiv platform exports, or point the line to another channel)</source>
        <translation>la línea que se agrega a los mensajes comerciales para que las personas puedan darse de baja (las respuestas llegan al programa solo por SMPP; con una cuenta HTTP importe el archivo de respuestas que exporta la plataforma web de Masiv, o haga que la línea remita a otro canal)</translation>
    </message>
    <message>
        <source>words or phrases, separated by commas, that make a reply an opt-out (case and accents ignored, whole words)</source>
        <translation>palabras o frases, separadas por comas, que convierten una respuesta en una baja (sin importar mayúsculas ni tildes, palabras completas)</translation>
    </message>
    <message>
        <source>days after a campaign ends before its recipients' numbers, names and texts are removed (its counts stay); 0 keeps them</source>
        <translation>días después de terminar una campaña antes de eliminar los números, nombres y textos de sus destinatarios (sus conteos se conservan); 0 los conserva</translation>
    </message>
    <message>
        <source>the team store: a PostgreSQL address such as postgresql://ana@servidor:5432/masiv that every desktop of the team uses, so campaigns, opt-outs and the daily cap are shared; empty keeps this computer's own store (MASIV_STORE_URL overrides it)</source>
        <translation>la base de datos compartida: una dirección PostgreSQL como postgresql://ana@servidor:5432/masiv que usan todos los equipos del grupo de trabajo, para compartir campañas, exclusiones y el tope diario; vacía, este equipo usa su propia base de datos (MASIV_STORE_URL tiene prioridad)</translation>
    </message>
    <message>
        <source>add the opt-out line to every commercial message</source>
        <translation>añadir la línea de baja a cada mensaje comercial</translation>
    </message>
</context>
<context>
    <name>SettingProblem</name>
    <message numerus="yes">
        <source>must be at most %Ln character(s) (it has %1)</source>
        <translation>
            <numerusform>debe tener como máximo %Ln carácter (tiene %1)</numerusform>
            <numerusform>debe tener como máximo %Ln caracteres (tiene %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>must not start or end with spaces or hold control characters</source>
        <translation>no debe empezar ni terminar con espacios ni contener caracteres de control</translation>
    </message>
    <message>
        <source>must be an address that starts with https://, such as https://api.masivapp.com</source>
        <translation>debe ser una dirección que empiece por https://, por ejemplo https://api.masivapp.com</translation>
    </message>
    <message>
        <source>must start with https://: with plain http:// ('%1') the password would travel unencrypted, also through any proxy (http:// is only allowed to this computer, 127.0.0.1)</source>
        <translation>debe empezar por https://: con http:// ('%1') la contraseña viajaría sin cifrar, también a través de cualquier proxy (http:// solo se permite hacia este equipo, 127.0.0.1)</translation>
    </message>
    <message>
        <source>must not contain a user name, password or query</source>
        <translation>no debe contener usuario, contraseña ni parámetros de consulta</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as CO, not %1</source>
        <translation>debe ser un código de país de dos letras, como CO, no %1</translation>
    </message>
    <message>
        <source>must be a known time zone such as UTC or America/Bogota, not %1</source>
        <translation>debe ser una zona horaria conocida, como UTC o America/Bogota, no %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation>debe estar entre %1 y %2, no %3</translation>
    </message>
    <message>
        <source>must be a number above 0 (messages per second) or empty for no limit, not %1</source>
        <translation>debe ser un número mayor que 0 (mensajes por segundo) o quedar vacío para no tener límite, no %1</translation>
    </message>
    <message>
        <source>must be between 0 and %1 hours, not %2</source>
        <translation>debe ser un número de horas entre 0 y %1, no %2</translation>
    </message>
    <message>
        <source>must be a mobile number in international form, digits only, such as 573001234567, not %1</source>
        <translation>debe ser un número de celular en formato internacional, solo dígitos, como 573001234567, no %1</translation>
    </message>
    <message>
        <source>must be a host name or IP address without spaces, such as 108.168.165.10</source>
        <translation>debe ser un nombre de servidor o una dirección IP sin espacios, como 108.168.165.10</translation>
    </message>
    <message>
        <source>must be a host name or IP address only (no https://, no path)</source>
        <translation>debe ser solo un nombre de servidor o una dirección IP (sin https:// ni ruta)</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %Ln character(s) (SMPP 3.4); it has %1</source>
        <translation>
            <numerusform>debe tener como máximo %Ln carácter (SMPP 3.4); tiene %1</numerusform>
            <numerusform>debe tener como máximo %Ln caracteres (SMPP 3.4); tiene %1</numerusform>
        </translation>
    </message>
    <message>
        <source>must be plain ASCII letters and digits, without spaces around</source>
        <translation>debe tener solo letras y dígitos ASCII, sin espacios al principio ni al final</translation>
    </message>
    <message>
        <source>must not be empty (turn the footer off with append_opt_out_footer instead)</source>
        <translation>no debe quedar vacío (para quitar la línea de exclusión, desactive append_opt_out_footer)</translation>
    </message>
    <message>
        <source>must hold at least one word, separated by commas, such as SALIR, BAJA, STOP</source>
        <translation>debe tener al menos una palabra, separadas por comas, como SALIR, BAJA, STOP</translation>
    </message>
    <message>
        <source>must be a PostgreSQL address such as postgresql://ana@servidor:5432/masiv, or empty for this computer's own store</source>
        <translation>debe ser una dirección PostgreSQL como postgresql://ana@servidor:5432/masiv, o quedar vacía para usar la base de datos propia de este equipo</translation>
    </message>
    <message>
        <source>must not hold the password: the program keeps it in the system keyring (or PostgreSQL's own PGPASSWORD or .pgpass)</source>
        <translation>no debe incluir la contraseña: el programa la guarda en el llavero del sistema (o PostgreSQL la lee de PGPASSWORD o .pgpass)</translation>
    </message>
    <message>
        <source>“%1” %2.</source>
        <translation>«%1» %2.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Sandbox on this computer (nothing is sent)</source>
        <translation>Pasarela de pruebas en este equipo (no se envía nada)</translation>
    </message>
    <message>
        <source>Masiv (api.masivapp.com)</source>
        <translation>Masiv (api.masivapp.com)</translation>
    </message>
    <message>
        <source>Masiv fixed IP (api.masiv.co)</source>
        <translation>Masiv IP fija (api.masiv.co)</translation>
    </message>
    <message>
        <source>Estratec test server</source>
        <translation>Servidor de pruebas de Estratec</translation>
    </message>
    <message>
        <source>Another address…</source>
        <translation>Otra dirección…</translation>
    </message>
    <message>
        <source>HTTP API</source>
        <translation>API HTTP</translation>
    </message>
    <message>
        <source>SMPP 3.4 (for high volumes)</source>
        <translation>SMPP 3.4 (para volúmenes altos)</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Pasarela:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>The password is saved in the system keyring, never in a file.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Masiv HTTP (blocks of 160)</source>
        <translation>Masiv HTTP (bloques de 160)</translation>
    </message>
    <message>
        <source>GSM 03.38 (160/153, 70/67)</source>
        <translation>GSM 03.38 (160/153, 70/67)</translation>
    </message>
    <message>
        <source>SMPP Latin-1 (140/134)</source>
        <translation>SMPP Latin-1 (140/134)</translation>
    </message>
    <message>
        <source>Allow messages longer than one part</source>
        <translation>Permitir mensajes de más de una parte</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>The rate counts parts, not messages</source>
        <translation>La velocidad cuenta partes, no mensajes</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <source>Default country:</source>
        <translation>País predeterminado:</translation>
    </message>
    <message>
        <source>Part rule:</source>
        <translation>Regla de partes:</translation>
    </message>
    <message>
        <source>Gateway time zone:</source>
        <translation>Zona horaria de la pasarela:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Conexiones:</translation>
    </message>
    <message>
        <source>Sending rate:</source>
        <translation>Velocidad de envío:</translation>
    </message>
    <message>
        <source>Follow statuses for:</source>
        <translation>Seguir los estados durante:</translation>
    </message>
    <message>
        <source>My number for tests:</source>
        <translation>Mi número para pruebas:</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que abra el programa.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> days after it ends</source>
        <translation> días después de terminar</translation>
    </message>
    <message>
        <source>Remove a campaign's personal data</source>
        <translation>Eliminar los datos personales de una campaña</translation>
    </message>
    <message>
        <source>The numbers, names and texts of a campaign's recipients are removed; its counts and results stay for history (Ley 1581 de 2012).</source>
        <translation>Se eliminan los números, nombres y textos de los destinatarios de la campaña; sus conteos y resultados se conservan como historial (Ley 1581 de 2012).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Remove personal data:</source>
        <translation>Eliminar datos personales:</translation>
    </message>
    <message>
        <source>Check the settings</source>
        <translation>Revise la configuración</translation>
    </message>
    <message>
        <source>Type the team store's server address this password belongs to.</source>
        <translation>Escriba la dirección del servidor de la base de datos compartida a la que corresponde esta contraseña.</translation>
    </message>
    <message>
        <source>The system keyring did not take the team store's password. The other settings are saved; PostgreSQL can also read the password from PGPASSWORD or a .pgpass file.</source>
        <translation>El llavero del sistema no aceptó la contraseña de la base de datos compartida. El resto de la configuración se guardó; PostgreSQL también puede leer la contraseña de PGPASSWORD o de un archivo .pgpass.</translation>
    </message>
    <message>
        <source>The other settings are saved.</source>
        <translation>El resto de la configuración quedó guardado.</translation>
    </message>
    <message>
        <source>The system keyring did not take the password, so nothing was saved. Press OK to try again.</source>
        <translation>El llavero del sistema no aceptó la contraseña, así que no se guardó nada. Pulse Aceptar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Team rules not saved</source>
        <translation>Reglas del grupo de trabajo sin guardar</translation>
    </message>
    <message>
        <source>The contact window and opt-out settings could not be saved in the team store, so the other desktops keep theirs. Check the connection and save them again.</source>
        <translation>El horario de contacto y las opciones para darse de baja no se pudieron guardar en la base de datos compartida, así que los demás equipos conservan los suyos. Revise la conexión y guárdelos de nuevo.</translation>
    </message>
    <message>
        <source>Team store changed</source>
        <translation>Base de datos compartida cambiada</translation>
    </message>
    <message>
        <source>The program will use the new team store the next time it starts. Close Masiv Desktop and open it again when no campaign is sending.</source>
        <translation>El programa usará la nueva base de datos compartida la próxima vez que lo abra. Cierre Masiv Desktop y ábralo de nuevo cuando ninguna campaña esté enviando.</translation>
    </message>
    <message>
        <source>Type the user name this password belongs to.</source>
        <translation>Escriba el usuario al que pertenece esta contraseña.</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours, after a number</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Contraseña no guardada</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation>Elija la hoja</translation>
    </message>
    <message>
        <source>This workbook has several sheets. Which one holds the recipients?</source>
        <translation>Este libro tiene varias hojas. ¿Cuál tiene los destinatarios?</translation>
    </message>
    <message>
        <source>Sheets of the workbook</source>
        <translation>Hojas del libro</translation>
    </message>
    <message numerus="yes">
        <source>%1 — about %Ln row(s)</source>
        <translation>
            <numerusform>%1 — cerca de %Ln fila</numerusform>
            <numerusform>%1 — unas %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — empty</source>
        <translation>%1 — vacía</translation>
    </message>
    <message>
        <source>Reading the sheet %1…</source>
        <translation>Leyendo la hoja %1…</translation>
    </message>
</context>
<context>
    <name>SmppFields</name>
    <message>
        <source>SMPP connection</source>
        <translation>Conexión SMPP</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nombre del servidor o dirección IP</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>el nombre de usuario</translation>
    </message>
    <message>
        <source>Encrypt the connection (TLS)</source>
        <translation>Cifrar la conexión (TLS)</translation>
    </message>
    <message>
        <source>Send long messages in one piece (message_payload)</source>
        <translation>Enviar los mensajes largos en una sola pieza (message_payload)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>System id:</source>
        <translation>System id:</translation>
    </message>
    <message>
        <source>System type:</source>
        <translation>System type:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Masiv Desktop cannot start</source>
        <translation>Masiv Desktop no puede iniciar</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and open the program again; nothing was lost.</source>
        <translation>El disco donde está %1 está lleno. Libere espacio y abra el programa de nuevo; no se perdió nada.</translation>
    </message>
    <message>
        <source>The program's database %1 cannot be written (the file or its folder is read-only). Ask for permission to write it, then open the program again.</source>
        <translation>No se puede escribir en la base de datos del programa, %1 (el archivo o su carpeta son de solo lectura). Pida permiso de escritura y abra el programa de nuevo.</translation>
    </message>
    <message>
        <source>The program's database %1 cannot be opened. Check that its folder exists and that you may write in it.</source>
        <translation>No se puede abrir la base de datos del programa, %1. Compruebe que su carpeta existe y que usted puede escribir en ella.</translation>
    </message>
    <message>
        <source>The program's database %1 was written by a newer version of Masiv Desktop. Install that version to open it.</source>
        <translation>La base de datos del programa, %1, la escribió una versión más reciente de Masiv Desktop. Instale esa versión para abrirla.</translation>
    </message>
    <message>
        <source>The program's database %1 is damaged. Close every Masiv Desktop window and open the program again: it will be set aside and a new one started.</source>
        <translation>La base de datos del programa, %1, está dañada. Cierre todas las ventanas de Masiv Desktop y abra el programa de nuevo: se apartará y se empezará una nueva.</translation>
    </message>
    <message>
        <source>The program's database %1 cannot be used. The log file has the details.</source>
        <translation>No se puede usar la base de datos del programa, %1. El archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <source>Cannot connect to the team store %1: check the network and that its server is running, or the address in Settings › Program › Team store. Then open the program again.</source>
        <translation>No se puede conectar con la base de datos compartida %1: revise la red y que el servidor esté encendido, o la dirección en Configuración › Programa › Base de datos compartida. Luego abra el programa de nuevo.</translation>
    </message>
    <message>
        <source>The team store %1 refused the user name or the password. Correct them in Settings › Program › Team store (the user name is in the address), or ask the person who runs the server, then open the program again.</source>
        <translation>La base de datos compartida %1 rechazó el usuario o la contraseña. Corríjalos en Configuración › Programa › Base de datos compartida (el usuario va en la dirección), o pregunte a quien administra el servidor, y luego abra el programa de nuevo.</translation>
    </message>
    <message>
        <source>The team store %1 was set up by a newer version of Masiv Desktop. Install that version on this computer to use it.</source>
        <translation>La base de datos compartida %1 la preparó una versión más reciente de Masiv Desktop. Instale esa versión en este equipo para usarla.</translation>
    </message>
    <message>
        <source>A new database was started</source>
        <translation>Se empezó una base de datos nueva</translation>
    </message>
    <message>
        <source>The program's database was damaged, so it was set aside as %1 and a new, empty one was started. Your settings and your password are kept. If you need the campaigns it held, send that file to support.</source>
        <translation>La base de datos del programa estaba dañada, así que se apartó como %1 y se empezó una nueva, vacía. Su configuración y su contraseña se conservan. Si necesita las campañas que tenía, envíe ese archivo a soporte.</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <source>Suppression list</source>
        <translation>Lista de exclusión</translation>
    </message>
    <message>
        <source>Numbers on this list never receive a message from any campaign: people who opted out, the RNE (Registro de Números Excluidos, from the CRC) and complaints.</source>
        <translation>Los números de esta lista nunca reciben mensajes de ninguna campaña: personas que pidieron la baja, el RNE (Registro de Números Excluidos, de la CRC) y quejas.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <source>Find a number…</source>
        <translation>Buscar un número…</translation>
    </message>
    <message>
        <source>Find a number on the list</source>
        <translation>Buscar un número en la lista</translation>
    </message>
    <message>
        <source>Numbers never to message</source>
        <translation>Números a los que nunca se envía</translation>
    </message>
    <message>
        <source>Remove from the list…</source>
        <translation>Quitar de la lista…</translation>
    </message>
    <message>
        <source>Source of the file:</source>
        <translation>Origen del archivo:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln number(s) match</source>
        <translation>
            <numerusform>%1 de %Ln número coincide</numerusform>
            <numerusform>%1 de %Ln números coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) on the list</source>
        <translation>
            <numerusform>%Ln número en la lista</numerusform>
            <numerusform>%Ln números en la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 are shown</source>
        <translation>se muestran los primeros %1</translation>
    </message>
    <message>
        <source>Remove from the suppression list</source>
        <translation>Quitar de la lista de exclusión</translation>
    </message>
    <message>
        <source>Remove %1 from the suppression list?</source>
        <translation>¿Quitar %1 de la lista de exclusión?</translation>
    </message>
    <message>
        <source>The next campaigns may send it messages again. Remove a number only when the person asked for it; numbers on the RNE may not receive commercial messages.</source>
        <translation>Las próximas campañas podrán enviarle mensajes de nuevo. Quite un número solo si la persona lo pidió; los números del RNE no pueden recibir mensajes comerciales.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <source>%1 was removed from the list.</source>
        <translation>%1 se quitó de la lista.</translation>
    </message>
    <message>
        <source>Import numbers to the suppression list</source>
        <translation>Importar números a la lista de exclusión</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Listas (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %Ln row(s) read…</source>
        <translation>
            <numerusform>Importando %1: %Ln fila leída…</numerusform>
            <numerusform>Importando %1: %Ln filas leídas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added</source>
        <translation>
            <numerusform>%Ln número agregado</numerusform>
            <numerusform>%Ln números agregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already on the list</source>
        <translation>
            <numerusform>%Ln ya estaba en la lista</numerusform>
            <numerusform>%Ln ya estaban en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) without a phone number</source>
        <translation>
            <numerusform>%Ln fila sin número de teléfono</numerusform>
            <numerusform>%Ln filas sin número de teléfono</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>La importación se canceló; no se agregó nada.</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Este archivo no se puede importar:</translation>
    </message>
    <message>
        <source>The suppression list could not be read or changed (%1). Details are in the log.</source>
        <translation>No se pudo leer ni cambiar la lista de exclusión (%1). Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>SuppressionModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Agregado el</translation>
    </message>
</context>
<context>
    <name>SuppressionSource</name>
    <message>
        <source>Opt-out</source>
        <translation>Baja (exclusión)</translation>
    </message>
    <message>
        <source>RNE (CRC)</source>
        <translation>RNE (CRC)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Agregado a mano</translation>
    </message>
    <message>
        <source>Replied to stop</source>
        <translation>Pidió la baja por respuesta</translation>
    </message>
</context>
<context>
    <name>TeamStoreFields</name>
    <message>
        <source>Team store</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Empty: this computer keeps its own store. The password is saved in the system keyring, never in a file. A change applies the next time the program starts. With a team store, the contact window, the opt-out line and words and the removal of personal data are the same for the whole team.</source>
        <translation>Vacía: este equipo usa su propia base de datos. La contraseña se guarda en el llavero del sistema, nunca en un archivo. Un cambio se aplica la próxima vez que abra el programa. Con una base de datos compartida, el horario de contacto, la línea y las palabras para darse de baja y la eliminación de datos personales son los mismos para todo el grupo de trabajo.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>Server password:</source>
        <translation>Contraseña del servidor:</translation>
    </message>
</context>
<context>
    <name>TestSendBox</name>
    <message>
        <source>Send a test to my number</source>
        <translation>Enviar una prueba a mi número</translation>
    </message>
    <message>
        <source>My mobile number for the test</source>
        <translation>Mi número celular para la prueba</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Enviar prueba</translation>
    </message>
    <message>
        <source>Type your mobile number, for example %1.</source>
        <translation>Escriba su número celular, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Fix the message first (see above).</source>
        <translation>Primero corrija el mensaje (vea arriba).</translation>
    </message>
    <message>
        <source>Sending one message to %1…</source>
        <translation>Enviando un mensaje a %1…</translation>
    </message>
    <message>
        <source>The test could not be sent: %1</source>
        <translation>No se pudo enviar la prueba: %1</translation>
    </message>
    <message>
        <source>The gateway accepted the test for %1 (message id %2). It should arrive in a few seconds.</source>
        <translation>La pasarela aceptó la prueba para %1 (id del mensaje %2). Debería llegar en unos segundos.</translation>
    </message>
    <message>
        <source>The gateway refused the test: error %1, %2</source>
        <translation>La pasarela rechazó la prueba: error %1, %2</translation>
    </message>
    <message>
        <source>No clear answer from the gateway: the test may have been sent. Wait a minute before trying again. (%1)</source>
        <translation>La pasarela no dio una respuesta clara: puede que la prueba se haya enviado. Espere un minuto antes de intentar de nuevo. (%1)</translation>
    </message>
    <message>
        <source>The account is not ready: %1</source>
        <translation>La cuenta no está lista: %1</translation>
    </message>
    <message>
        <source>%1 is not a phone number.</source>
        <translation>%1 no es un número de teléfono.</translation>
    </message>
    <message>
        <source>The test was not sent: %1</source>
        <translation>La prueba no se envió: %1</translation>
    </message>
    <message>
        <source>none (this test number never gets one)</source>
        <translation>ninguno (este número de prueba nunca recibe uno)</translation>
    </message>
    <message>
        <source>The test gateway (sandbox) accepted the message; it is not sent to any phone. Its simulated status: %1 (message id %2).</source>
        <translation>La pasarela de pruebas (sandbox) aceptó el mensaje; no se envía a ningún teléfono. Su estado simulado: %1 (id del mensaje %2).</translation>
    </message>
</context>
<context>
    <name>TotalsBox</name>
    <message>
        <source>Whole campaign</source>
        <translation>Toda la campaña</translation>
    </message>
    <message>
        <source>Counting the parts of every message…</source>
        <translation>Contando las partes de cada mensaje…</translation>
    </message>
    <message>
        <source>The totals could not be computed.</source>
        <translation>No se pudieron calcular los totales.</translation>
    </message>
</context>
<context>
    <name>TotalsWords</name>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln parte de SMS</numerusform>
            <numerusform>%Ln partes de SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinatario</numerusform>
            <numerusform>%Ln destinatarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %Ln parts per message</source>
        <translation>
            <numerusform>De %1 a %Ln parte por mensaje</numerusform>
            <numerusform>De %1 a %Ln partes por mensaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) need more parts than most</source>
        <translation>
            <numerusform>%Ln mensaje necesita más partes que la mayoría</numerusform>
            <numerusform>%Ln mensajes necesitan más partes que la mayoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) sent as Unicode</source>
        <translation>
            <numerusform>%Ln mensaje se envía como Unicode</numerusform>
            <numerusform>%Ln mensajes se envían como Unicode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) too long for one part, and long messages are off</source>
        <translation>
            <numerusform>%Ln mensaje no cabe en una parte y los mensajes largos están desactivados</numerusform>
            <numerusform>%Ln mensajes no caben en una parte y los mensajes largos están desactivados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <source>Checking the numbers</source>
        <translation>Revisión de los números</translation>
    </message>
    <message>
        <source>Every row is checked before anything is sent. Rows that cannot receive the message are listed with the reason.</source>
        <translation>Cada fila se revisa antes de enviar nada. Las filas que no pueden recibir el mensaje aparecen con el motivo.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Revisar de nuevo</translation>
    </message>
    <message>
        <source>Rows not sent</source>
        <translation>Filas que no se envían</translation>
    </message>
    <message>
        <source>Each row of the list that will not receive the message, with the reason</source>
        <translation>Cada fila de la lista que no recibirá el mensaje, con el motivo</translation>
    </message>
    <message>
        <source>Import the RNE list…</source>
        <translation>Importar la lista RNE…</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Leyendo y revisando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln row(s) of %1…</source>
        <translation>
            <numerusform>Revisada %Ln fila de %1…</numerusform>
            <numerusform>Revisadas %Ln filas de %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will receive the message</source>
        <translation>
            <numerusform>%Ln recibirá el mensaje</numerusform>
            <numerusform>%Ln recibirán el mensaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln row(s), phone column “%1”</source>
        <translation>
            <numerusform>de %Ln fila, columna del celular «%1»</numerusform>
            <numerusform>de %Ln filas, columna del celular «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking was cancelled. Press “Check again” or go back to choose another file.</source>
        <translation>Se canceló la revisión. Pulse «Revisar de nuevo» o vuelva atrás para elegir otro archivo.</translation>
    </message>
    <message>
        <source>The file “%1” has no data rows (only headers): add the recipients under the headers, or choose another file.</source>
        <translation>El archivo «%1» no tiene filas de datos (solo encabezados): agregue los destinatarios debajo de los encabezados o elija otro archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Also send to the %Ln number(s) that look like fixed lines</source>
        <translation>
            <numerusform>Enviar también al %Ln número que parece un teléfono fijo</numerusform>
            <numerusform>Enviar también a los %Ln números que parecen teléfonos fijos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also send to the %Ln person(s) already sent a commercial message today (Ley 2300 allows one contact a day)</source>
        <translation>
            <numerusform>Enviar también a la %Ln persona que ya recibió hoy un mensaje comercial (la Ley 2300 permite un contacto al día)</numerusform>
            <numerusform>Enviar también a las %Ln personas que ya recibieron hoy un mensaje comercial (la Ley 2300 permite un contacto al día)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows not sent: %1</source>
        <translation>Filas que no se envían: %1</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Not a mobile</source>
        <translation>No es un celular</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Número inválido</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>On the suppression list</source>
        <translation>En la lista de exclusión</translation>
    </message>
    <message>
        <source>Already contacted today</source>
        <translation>Ya contactado hoy</translation>
    </message>
    <message>
        <source>Outside the hours in its country</source>
        <translation>Fuera del horario en su país</translation>
    </message>
    <message>
        <source>No usable send time</source>
        <translation>Sin hora de envío válida</translation>
    </message>
</context>
<context>
    <name>VerdictGroup</name>
    <message>
        <source>Valid mobiles</source>
        <translation>Celulares válidos</translation>
    </message>
    <message>
        <source>Not mobile (fixed lines?)</source>
        <translation>No celulares (¿fijos?)</translation>
    </message>
    <message>
        <source>Invalid numbers</source>
        <translation>Números no válidos</translation>
    </message>
    <message>
        <source>Empty cells</source>
        <translation>Celdas vacías</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>On the suppression list</source>
        <translation>En la lista de exclusión</translation>
    </message>
    <message>
        <source>Already contacted today</source>
        <translation>Ya contactados hoy</translation>
    </message>
    <message>
        <source>Left out: outside the hours in their country</source>
        <translation>Dejados fuera: fuera del horario en su país</translation>
    </message>
    <message>
        <source>Send time empty, unreadable or past</source>
        <translation>Hora de envío vacía, ilegible o pasada</translation>
    </message>
</context>
<context>
    <name>WizardQuestions</name>
    <message>
        <source>the sandbox on this computer (nothing reaches real phones)</source>
        <translation>la pasarela de pruebas de este equipo (nada llega a teléfonos reales)</translation>
    </message>
    <message>
        <source>your Masiv account %1</source>
        <translation>su cuenta de Masiv %1</translation>
    </message>
    <message>
        <source>Send the campaign</source>
        <translation>Enviar la campaña</translation>
    </message>
    <message>
        <source>Send “%1”?</source>
        <translation>¿Enviar «%1»?</translation>
    </message>
    <message>
        <source>%1, %2 in all, through %3. Sending starts at once.</source>
        <translation>%1, %2 en total, a través de %3. El envío empieza de inmediato.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinatario</numerusform>
            <numerusform>%Ln destinatarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln parte de SMS</numerusform>
            <numerusform>%Ln partes de SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Todavía no</translation>
    </message>
    <message>
        <source>Discard the new campaign?</source>
        <translation>¿Descartar la campaña nueva?</translation>
    </message>
    <message>
        <source>The list and the message you chose are not saved yet.</source>
        <translation>La lista y el mensaje que eligió aún no están guardados.</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>¿Descartar los cambios de «%1»?</translation>
    </message>
    <message>
        <source>The draft keeps what it had before you opened it.</source>
        <translation>El borrador conserva lo que tenía antes de que usted lo abriera.</translation>
    </message>
    <message>
        <source>A draft can be saved once the list and its phone column are chosen.</source>
        <translation>Podrá guardar un borrador cuando haya elegido la lista y su columna de teléfonos.</translation>
    </message>
    <message>
        <source>Close the campaign</source>
        <translation>Cerrar la campaña</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Guardar como &amp;borrador</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sample campaign</source>
        <translation>Campaña de ejemplo</translation>
    </message>
</context>
</TS>