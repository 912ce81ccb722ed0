package dev.switchboard.server.chat;

/**
 * How much a chat and a visitor may upload: files stay on the server's disk as long as their chat,
 * and anyone on the web can be a visitor. A chat's limit counts every upload to it, agents' too; a
 * visitor's counts their uploads of the last 24 hours in all their chats, and is lower, so that a
 * visitor can never use up a chat's room for the agent's files.
 *
 * @param chatFiles          files one chat may hold
 * @param chatBytes          bytes one chat may hold
 * @param visitorFilesPerDay files one visitor may upload in any 24 hours
 * @param visitorBytesPerDay bytes one visitor may upload in any 24 hours
 */
public record UploadLimits(int chatFiles, long chatBytes, int visitorFilesPerDay, long visitorBytesPerDay) {

    private static final long MB = 1024L * 1024;

    /** 50 files or 200 MB a chat; 20 files or 50 MB a visitor a day. */
    public static final UploadLimits STANDARD = new UploadLimits(50, 200 * MB, 20, 50 * MB);

    public UploadLimits {
        if (chatFiles < 1 || chatBytes < 1 || visitorFilesPerDay < 1 || visitorBytesPerDay < 1) {
            throw new IllegalArgumentException("upload limits must be at least one file and one byte");
        }
    }

    public UploadLimits withChat(int files, long bytes) {
        return new UploadLimits(files, bytes, visitorFilesPerDay, visitorBytesPerDay);
    }

    public UploadLimits withVisitor(int filesPerDay, long bytesPerDay) {
        return new UploadLimits(chatFiles, chatBytes, filesPerDay, bytesPerDay);
    }

    /** "20 MB", or the bytes when they are no whole number of megabytes (as tests set). */
    static String size(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : bytes + " bytes";
    }
}
