import Knowledge

/// Every reason a file named as the audit log is not used, with how to fix it, in both languages.
enum LogFilePhrases {
    static func refusal(_ path: String, _ refusal: LogRefusal) -> Bilingual {
        switch refusal {
        case .symbolicLink: symbolicLink(path)
        case .notAFile(.directory): folder(path)
        case let .notAFile(kind): notAFile(path, kind: what(kind))
        case .notALog: notALog(path)
        case let .otherOwner(uid, _, .owner), let .otherOwner(uid, _, .unknown): otherOwner(path, uid: uid)
        case let .otherOwner(uid, gid, .group): otherOwnerAndGroup(path, uid: uid, gid: gid)
        case let .openToEveryone(permissions): openToEveryone(path, mode: "0" + String(permissions, radix: 8), access: access(permissions))
        case let .folderNotWritable(folder, reason): folderNotWritable(path, folder: folder, reason: reason)
        case let .unknownSharing(value): unknownSharing(value)
        }
    }

    static func symbolicLink(_ path: String) -> Bilingual {
        Bilingual(zh: "审计日志 \(path) 是一个符号链接；顾问只写入真实的文件，免得客户的话被链接引到别处；请用 --log 或 ADVISOR_LOG 直接指定文件本身（ls -l \(path) 可以看到链接指向哪里）",
                  en: "the audit log \(path) is a symbolic link; the advisor writes only to a real file, so that no link can lead customers' words elsewhere; name the file itself with --log or ADVISOR_LOG (ls -l \(path) shows where the link points)")
    }

    static func folder(_ path: String) -> Bilingual {
        Bilingual(zh: "审计日志 \(path) 是一个文件夹，不是文件；请指定其中的一个文件，例如 --log \(path)/audit.log",
                  en: "the audit log \(path) is a folder, not a file; name a file inside it instead, such as --log \(path)/audit.log")
    }

    static func notAFile(_ path: String, kind: Bilingual) -> Bilingual {
        Bilingual(zh: "审计日志 \(path) 是\(kind.zh)，不是普通文件；日志必须是能追加、也能读回的文件，请用 --log 或 ADVISOR_LOG 指定一个",
                  en: "the audit log \(path) is \(kind.en), not a regular file; the log must be a file the advisor can append to and read back, so name one with --log or ADVISOR_LOG")
    }

    static func what(_ kind: LogRefusal.FileKind) -> Bilingual {
        switch kind {
        case .directory: Bilingual(zh: "文件夹", en: "a folder")
        case .namedPipe: Bilingual(zh: "命名管道（FIFO）", en: "a named pipe (FIFO)")
        case .device: Bilingual(zh: "设备文件", en: "a device")
        case .socket: Bilingual(zh: "套接字", en: "a socket")
        case .other: Bilingual(zh: "特殊文件", en: "a special file")
        }
    }

    static func notALog(_ path: String) -> Bilingual {
        Bilingual(zh: "\(path) 不是审计日志：文件不是空的，第一行既不是顾问的日志头，也不是日志记录，往里追加会弄坏别的文件（比如政策文件或接诉清单）；请检查 --log 或 ADVISOR_LOG 的路径，或为日志指定一个新文件",
                  en: "\(path) is not an audit log: it is not empty, and its first line is neither the advisor's log header nor a log record, so appending would damage some other file (a policy, a list of intakes…); check the path given to --log or ADVISOR_LOG, or name a new file for the log")
    }

    static func otherOwner(_ path: String, uid: UInt32) -> Bilingual {
        Bilingual(zh: "审计日志 \(path) 属于另一个用户（uid \(uid)），对方可以读取或改动其中的记录；请用 --log 或 ADVISOR_LOG 指定你自己的日志；如果团队有意共用这个日志，请设置 ADVISOR_LOG_SHARED=group，并把文件交给团队的用户组（chgrp 组名 \(path)）",
                  en: "the audit log \(path) belongs to another user (uid \(uid)), who could read or change what it records; name a log of your own with --log or ADVISOR_LOG; if your team shares this log on purpose, set ADVISOR_LOG_SHARED=group and give the file to the team's group (chgrp TEAM \(path))")
    }

    static func otherOwnerAndGroup(_ path: String, uid: UInt32, gid: UInt32) -> Bilingual {
        Bilingual(zh: "审计日志 \(path) 属于另一个用户（uid \(uid)），所属的用户组（gid \(gid)）你也不在其中，所以它不是你们团队的日志；请让文件主人把它交给团队的用户组（chgrp 组名 \(path)），或换用你自己的日志",
                  en: "the audit log \(path) belongs to another user (uid \(uid)) and to a group you are not in (gid \(gid)), so it is not your team's log; ask its owner to give it to your team's group (chgrp TEAM \(path)), or use a log of your own")
    }

    static func openToEveryone(_ path: String, mode: String, access: Bilingual) -> Bilingual {
        Bilingual(zh: "审计日志 \(path) 本机所有用户都能\(access.zh)（权限 \(mode)），而里面记着客户说的话；请用 chmod o-rwx \(path) 收回其他用户的权限后再用",
                  en: "the audit log \(path) can be \(access.en) by every user on this machine (mode \(mode)), and it holds what customers said; take those rights away with: chmod o-rwx \(path)")
    }

    static func access(_ permissions: UInt32) -> Bilingual {
        switch (permissions & 0o004 != 0, permissions & 0o002 != 0) {
        case (true, true): Bilingual(zh: "读取和改写", en: "read and written")
        case (false, true): Bilingual(zh: "改写", en: "written")
        default: Bilingual(zh: "读取", en: "read")
        }
    }

    static func folderNotWritable(_ path: String, folder: String, reason: String) -> Bilingual {
        Bilingual(zh: "无法创建审计日志 \(path)：文件夹 \(folder) 不能写入（\(reason)）；请用 --log 或 ADVISOR_LOG 把日志放到你能写入的文件夹，或请管理员开放 \(folder) 的写权限",
                  en: "cannot create the audit log \(path): the folder \(folder) cannot be written to (\(reason)); put the log in a folder you can write to with --log or ADVISOR_LOG, or ask an administrator to let you write to \(folder)")
    }

    static func unknownSharing(_ value: String) -> Bilingual {
        Bilingual(zh: "ADVISOR_LOG_SHARED 的取值“\(value)”无效；设为 group 可与同组用户共用日志，不设则日志只有你自己能读写",
                  en: "ADVISOR_LOG_SHARED does not take '\(value)'; set it to group to share the log with your group, or leave it unset for a log only you can read and write")
    }
}
